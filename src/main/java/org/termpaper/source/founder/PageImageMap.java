package org.termpaper.source.founder;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.model.PageArea;

/**
 * A page view's page image (版面图) and the areas of its image map that link to articles.
 *
 * <p>The image is the {@code <img usemap="#NAME">} whose map ({@code <map name="NAME">}, names
 * compared without case, as browsers do) holds the article areas the profile selects; the areas
 * are measured against the {@code width} and {@code height} the {@code img} is shown at, when it
 * gives both. An article linked by several areas (its text and its photo, say) keeps the largest.
 * Immutable.
 *
 * @param url the image's URL
 * @param width the shown width, or 0 when the picture's own size applies
 * @param height the shown height, or 0 likewise
 * @param areas each article's area by the article's canonical URL, in map order
 */
record PageImageMap(String url, int width, int height, Map<URI, List<Integer>> areas) {
  /** The most areas read from one map; a page holds a few dozen articles. */
  static final int MAX_AREAS = 1000;

  PageImageMap {
    areas = Map.copyOf(areas);
  }

  /**
   * The page image of {@code doc}, or empty when the page has no image map that links articles
   * to an image the scope allows.
   *
   * @param areaSelectors the profile's selectors of the map's article areas
   * @param articleOf the canonical article URL an area links to, or empty
   */
  static Optional<PageImageMap> read(Document doc, List<String> areaSelectors,
      Function<Element, Optional<URI>> articleOf, LinkScope scope) {
    Map<Element, Map<URI, List<Integer>>> byMap = new LinkedHashMap<>();
    int seen = 0;
    for (String selector : areaSelectors) {
      for (Element area : doc.select(selector)) {
        Element map = area.closest("map");
        Optional<URI> article = articleOf.apply(area);
        if (map == null || article.isEmpty() || ++seen > MAX_AREAS) {
          continue;
        }
        corners(area).ifPresent(points -> keepLarger(
            byMap.computeIfAbsent(map, m -> new LinkedHashMap<>()), article.get(), points));
      }
    }
    for (Map.Entry<Element, Map<URI, List<Integer>>> entry : byMap.entrySet()) {
      String name = entry.getKey().hasAttr("name") ? entry.getKey().attr("name")
          : entry.getKey().attr("id");
      for (Element img : doc.select("img[usemap]")) {
        String usemap = img.attr("usemap").strip();
        usemap = usemap.startsWith("#") ? usemap.substring(1) : usemap;
        if (name.isBlank() || !usemap.equalsIgnoreCase(name.strip())) {
          continue;
        }
        Optional<URI> src = Links.resolve(img.baseUri(), img.attr("src").strip())
            .filter(scope::allowsResource);
        if (src.isPresent() && !img.attr("src").isBlank()) {
          int width = size(img.attr("width"));
          int height = size(img.attr("height"));
          boolean sized = width > 0 && height > 0;
          return Optional.of(new PageImageMap(src.get().toString(), sized ? width : 0,
              sized ? height : 0, entry.getValue()));
        }
      }
    }
    return Optional.empty();
  }

  /** The area's corners, or empty when its shape is not one a page's outline can follow. */
  private static Optional<List<Integer>> corners(Element area) {
    String shape = area.attr("shape").strip().toLowerCase(java.util.Locale.ROOT);
    if (shape.startsWith("circ") || shape.equals("default")) {
      return Optional.empty();
    }
    try {
      return Optional.of(PageArea.parse("area", area.attr("coords")).points());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void keepLarger(Map<URI, List<Integer>> areas, URI article,
      List<Integer> points) {
    List<Integer> known = areas.get(article);
    if (known == null || size(points) > size(known)) {
      areas.put(article, points);
    }
  }

  private static long size(List<Integer> points) {
    return new PageArea("area", points).size();
  }

  /** A size attribute of whole pixels ({@code 400}, {@code 400px}), or 0. */
  private static int size(String attribute) {
    String digits = attribute.strip().replaceFirst("(?i)px$", "");
    if (!digits.matches("\\d{1,6}")) {
      return 0;
    }
    int value = Integer.parseInt(digits);
    return value <= PageArea.MAX_COORDINATE ? value : 0;
  }
}
