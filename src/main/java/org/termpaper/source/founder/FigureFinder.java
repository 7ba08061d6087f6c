package org.termpaper.source.founder;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.jsoup.nodes.Element;
import org.termpaper.model.Figure;

/**
 * Finds an article's pictures and their captions in reading order. A caption is the picture's
 * {@code figcaption}; else, for a picture in a table, the next row or the table's other text;
 * else the paragraph right after the picture (湖北日报 puts it before the body); else the
 * picture's {@code alt}. The elements used as captions are reported so that the body does not
 * read them twice. Stateless.
 */
final class FigureFinder {
  private static final Logger LOG = Logger.getLogger(FigureFinder.class.getName());
  private static final int MAX_CAPTION = 300;
  private static final Set<String> CAPTION_TAGS =
      Set.of("p", "div", "span", "font", "center", "figcaption", "td");
  private static final Set<String> WRAPPERS = Set.of("p", "div", "a", "span", "center", "font");

  private FigureFinder() {}

  /**
   * Figures with the elements they consumed (picture tables and caption paragraphs).
   *
   * @param figures the figures in reading order
   * @param consumed elements the body must skip
   */
  record Found(List<Figure> figures, Set<Element> consumed) {}

  static Found find(Element scope, Element body, String exclude, LinkScope links) {
    List<Figure> figures = new ArrayList<>();
    Set<Element> consumed = new HashSet<>();
    if (scope == null) {
      return new Found(figures, consumed);
    }
    Set<Element> excluded = exclude == null ? Set.of() : new HashSet<>(scope.select(exclude));
    for (Element img : scope.select("img")) {
      Optional<URI> src = Links.resolve(img.baseUri(), img.attr("src").strip());
      if (img.attr("src").isBlank() || src.isEmpty() || excluded.contains(img)) {
        continue;
      }
      if (!links.allowsResource(src.get())) {
        LOG.warning(() -> "left out a picture off the site: " + src.get());
        continue;
      }
      String caption = caption(img, body, consumed);
      figures.add(new Figure(src.get().toString(), caption));
    }
    return new Found(figures, consumed);
  }

  private static String caption(Element img, Element body, Set<Element> consumed) {
    Element figure = img.closest("figure");
    if (figure != null) {
      Element cap = figure.selectFirst("figcaption");
      consumed.add(figure);
      return cap == null ? alt(img) : Noise.field(HtmlText.line(cap));
    }
    Element table = img.closest("table");
    if (table != null && !holds(table, body)) {
      consumed.add(table);
      return Optional.ofNullable(tableCaption(img, table)).orElseGet(() -> alt(img));
    }
    Element anchor = img;
    while (anchor.parent() != null && WRAPPERS.contains(anchor.parent().normalName())
        && anchor.parent().select("img").size() == 1
        && HtmlText.line(anchor.parent()).isEmpty() && anchor.parent() != body) {
      anchor = anchor.parent();
    }
    for (Element next = anchor.nextElementSibling(); next != null;
        next = next.nextElementSibling()) {
      if (next.normalName().equals("br")) {
        continue;
      }
      if (!CAPTION_TAGS.contains(next.normalName()) || holds(next, body)
          || !next.select("img").isEmpty()) {
        break;
      }
      String text = Noise.field(HtmlText.line(next));
      if (text != null && text.length() <= MAX_CAPTION) {
        consumed.add(next);
        return text;
      }
      if (text != null) {
        break;
      }
    }
    return alt(img);
  }

  /** True when {@code element} is {@code inner} or one of its ancestors. */
  private static boolean holds(Element element, Element inner) {
    return inner != null && (inner == element || inner.parents().contains(element));
  }

  private static String tableCaption(Element img, Element table) {
    if (table.select("img").size() > 1) {
      Element row = img.closest("tr");
      Element next = row == null ? null : row.nextElementSibling();
      if (next != null && next.select("img").isEmpty()) {
        return shortText(next);
      }
      Element cell = img.closest("td");
      Element beside = cell == null ? null : cell.nextElementSibling();
      return beside != null && beside.select("img").isEmpty() ? shortText(beside) : null;
    }
    return shortText(table);
  }

  private static String shortText(Element element) {
    String text = Noise.field(HtmlText.line(element));
    return text != null && text.length() <= MAX_CAPTION ? text : null;
  }

  private static String alt(Element img) {
    String alt = Noise.field(img.attr("alt"));
    if (alt == null || alt.matches("(?i).*\\.(jpe?g|png|gif|tif)$") || alt.length() < 2) {
      return null;
    }
    return alt;
  }
}
