package org.termpaper.model;

/**
 * A picture of an article and its caption, a {@link Block} of the article's body. Immutable. Either part may be absent (null), but not
 * both: a photo with no caption still shows as a figure, a caption with no image still reads.
 *
 * @param src the image's URL, or null
 * @param caption the caption text, or null
 */
public record Figure(String src, String caption) implements Block {
  public Figure {
    src = Require.optional(src);
    caption = Require.optional(caption);
    if (src == null && caption == null) {
      throw new IllegalArgumentException("figure needs a src or a caption");
    }
  }
}
