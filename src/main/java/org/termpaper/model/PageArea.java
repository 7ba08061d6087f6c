package org.termpaper.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one article stands on its page image (版面图): the polygon of the image map's area that
 * links to it, in the image's pixels. Immutable.
 *
 * <p>A rectangle is kept as its four corners, so that code drawing an outline meets one shape.
 *
 * @param article the id of the article the area links to
 * @param points the corners as x, y pairs ({@code x0, y0, x1, y1, ...}), at least three corners
 */
public record PageArea(String article, List<Integer> points) {
  /** The largest coordinate kept; a page image is a few thousand pixels across. */
  public static final int MAX_COORDINATE = 100_000;
  /** The most corners one area may have. */
  public static final int MAX_CORNERS = 512;

  public PageArea {
    Require.nonBlank(article, "area.article");
    points = Require.copy(points, "area.points");
    if (points.size() % 2 != 0 || points.size() < 6 || points.size() > 2 * MAX_CORNERS) {
      throw new IllegalArgumentException(
          "area.points must be 3 to " + MAX_CORNERS + " x, y pairs, got " + points.size()
              + " numbers");
    }
    for (int value : points) {
      if (value < 0 || value > MAX_COORDINATE) {
        throw new IllegalArgumentException("area.points out of range: " + value);
      }
    }
  }

  /**
   * The area of an HTML {@code <area coords>} list: four numbers are a rectangle (left, top,
   * right, bottom, in either order), six or more a polygon.
   */
  public static PageArea of(String article, List<Integer> coords) {
    Require.nonNull(coords, "area.coords");
    if (coords.size() == 4) {
      int left = Math.min(coords.get(0), coords.get(2));
      int right = Math.max(coords.get(0), coords.get(2));
      int top = Math.min(coords.get(1), coords.get(3));
      int bottom = Math.max(coords.get(1), coords.get(3));
      return new PageArea(article, List.of(left, top, right, top, right, bottom, left, bottom));
    }
    return new PageArea(article, coords);
  }

  /** The area enclosed, in square pixels (the shoelace formula). */
  public long size() {
    long twice = 0;
    int n = points.size() / 2;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      twice += (long) points.get(2 * i) * points.get(2 * j + 1)
          - (long) points.get(2 * j) * points.get(2 * i + 1);
    }
    return Math.abs(twice) / 2;
  }

  /** The corners as a text of numbers separated by commas, as {@link #parse} reads it. */
  public String coordinates() {
    StringBuilder text = new StringBuilder();
    for (int value : points) {
      text.append(text.isEmpty() ? "" : ",").append(value);
    }
    return text.toString();
  }

  /**
   * The area of a comma-separated list of numbers (spaces allowed), as {@link #of} takes them.
   *
   * @throws IllegalArgumentException when the text is not such a list
   */
  public static PageArea parse(String article, String coords) {
    Require.nonBlank(coords, "area.coords");
    String[] parts = coords.trim().split("\\s*,\\s*|\\s+");
    if (parts.length > 2 * MAX_CORNERS) {
      throw new IllegalArgumentException("area.coords has too many numbers");
    }
    List<Integer> values = new ArrayList<>();
    for (String part : parts) {
      values.add(number(part));
    }
    return of(article, values);
  }

  private static int number(String part) {
    // Some sites write coordinates with a fraction; the pixel is enough.
    if (!part.matches("\\d{1,6}(\\.\\d{1,20})?")) {
      throw new IllegalArgumentException("area.coords holds a bad number: " + part);
    }
    return (int) Double.parseDouble(part);
  }
}
