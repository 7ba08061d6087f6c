package org.termpaper.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page's image (版面图) and where its articles stand on it. Immutable; the list is copied.
 *
 * <p>The areas are measured against the size the page view shows the image at ({@code width} x
 * {@code height}, the {@code <img width height>}), which may differ from the picture's own size;
 * zero for both means the picture's own size.
 *
 * @param url the image
 * @param width the width the areas are measured against, or 0 for the picture's own
 * @param height the height the areas are measured against, or 0 for the picture's own
 * @param areas at most one area an article; may be empty
 */
public record PageImage(String url, int width, int height, List<PageArea> areas) {
  public PageImage {
    Require.nonBlank(url, "image.url");
    if (width < 0 || height < 0 || width > PageArea.MAX_COORDINATE
        || height > PageArea.MAX_COORDINATE || (width == 0) != (height == 0)) {
      throw new IllegalArgumentException(
          "image size must be two numbers from 1 to " + PageArea.MAX_COORDINATE + ", or none");
    }
    areas = Require.copy(areas, "image.areas");
    Set<String> seen = new HashSet<>();
    for (PageArea area : areas) {
      if (!seen.add(area.article())) {
        throw new IllegalArgumentException("image.areas has two areas for " + area.article());
      }
    }
  }

  /** An image whose areas are measured in its own pixels. */
  public PageImage(String url, List<PageArea> areas) {
    this(url, 0, 0, areas);
  }

  /** True when the areas are measured against a size the page view gave. */
  public boolean hasSize() {
    return width > 0;
  }

  /** The area of the article {@code articleId}, if the image map links it. */
  public Optional<PageArea> area(String articleId) {
    return areas.stream().filter(a -> a.article().equals(articleId)).findFirst();
  }

  /** This image with other areas, everything else kept. */
  public PageImage withAreas(List<PageArea> newAreas) {
    return new PageImage(url, width, height, newAreas);
  }
}
