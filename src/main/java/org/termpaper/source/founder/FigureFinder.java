package org.termpaper.source.founder;

import java.net.URI;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.jsoup.nodes.Element;
import org.termpaper.model.Figure;

/**
 * Finds an article's pictures and their captions in page order, wherever they stand in the
 * article's content area: above the title block, in the body or after it. A picture that is page
 * chrome is no figure: one inside a link (a thumbnail, a logo; a link that opens the picture
 * larger is no chrome), the page scan with its image map,
 * an icon of declared size {@value #ICON} pixels or less, one the profile excludes, and one
 * outside the title block and body that a link separates from them (the page's navigation
 * stands between).
 *
 * <p>A picture shown twice (the same address) is one figure, where it first stands.
 *
 * <p>A caption is taken from where the site puts it: the picture's {@code figcaption}; in a
 * picture table, the next row or the table's other text; the tooltip ({@code
 * data-original-title}) or a {@code title} or {@code alt} that is a sentence; else a short element
 * right after the picture, but only outside the body or when it is set apart as a caption
 * (centred, not bold, not indented): a body paragraph or a subhead is never a caption. The
 * elements used as captions are reported so that the body does not read them twice. Stateless.
 */
final class FigureFinder {
  private static final Logger LOG = Logger.getLogger(FigureFinder.class.getName());
  private static final int MAX_CAPTION = 300;
  private static final int ICON = 40;
  private static final String IMAGE_FILE = "(?i).*\\.(jpe?g|png|gif|tiff?|bmp|webp)(\\?.*)?$";
  private static final Set<String> CAPTION_TAGS =
      Set.of("p", "div", "span", "font", "center", "figcaption", "td");
  private static final Set<String> WRAPPERS = Set.of("p", "div", "a", "span", "center", "font");

  private FigureFinder() {}

  /**
   * Figures with the elements they consumed (picture tables and caption paragraphs).
   *
   * @param figures each figure by its picture, in page order
   * @param consumed elements the body must not read as text
   */
  record Found(Map<Element, Figure> figures, Set<Element> consumed) {
    List<Figure> list() {
      return List.copyOf(figures.values());
    }
  }

  /**
   * @param area the article's content area: title block and body (and what lies between)
   * @param body the body, or null
   * @param title the title element, or null
   * @param exclude the profile's selector of pictures that are never figures, or null
   */
  static Found find(Element area, Element body, Element title, String exclude,
      LinkScope links) {
    Map<Element, Figure> figures = new LinkedHashMap<>();
    Set<Element> consumed = new HashSet<>();
    if (area == null) {
      return new Found(figures, consumed);
    }
    Set<Element> excluded = exclude == null ? Set.of() : new HashSet<>(area.select(exclude));
    Map<Element, Integer> order = order(area);
    int start = Math.min(position(order, title), position(order, body));
    int end = Math.max(last(order, title), last(order, body));
    Set<URI> sources = new HashSet<>();
    for (Element img : area.select("img")) {
      Optional<URI> src = Links.resolve(img.baseUri(), img.attr("src").strip());
      if (img.attr("src").isBlank() || src.isEmpty() || excluded.contains(img) || chrome(img)
          || separated(area, order, img, start, end)) {
        continue;
      }
      if (!links.allowsResource(src.get())) {
        LOG.warning(() -> "left out a picture off the site: " + src.get());
        continue;
      }
      if (!sources.add(src.get())) {
        continue;
      }
      figures.put(img, new Figure(src.get().toString(), caption(img, body, consumed)));
    }
    return new Found(figures, consumed);
  }

  /**
   * A picture in a link (a thumbnail, a logo; but not one that only opens the picture larger),
   * the page scan of an image map, or an icon.
   */
  private static boolean chrome(Element img) {
    Element link = img.closest("a[href]");
    if (link != null && !link.attr("href").strip().matches(IMAGE_FILE)
        || img.hasAttr("usemap") || img.closest("map") != null) {
      return true;
    }
    return small(img.attr("width")) || small(img.attr("height"));
  }

  private static boolean small(String size) {
    String digits = size.strip().replaceAll("(?i)px$", "");
    return digits.matches("\\d{1,6}") && Integer.parseInt(digits) <= ICON;
  }

  /** True when a link stands between a picture outside the article's span and that span. */
  private static boolean separated(Element area, Map<Element, Integer> order, Element img,
      int start, int end) {
    int at = order.get(img);
    if (start == Integer.MAX_VALUE || at >= start && at <= end) {
      return false;
    }
    int from = at < start ? at : end;
    int to = at < start ? start : at;
    for (Element a : area.select("a[href]")) {
      int index = order.get(a);
      if (index > from && index < to) {
        return true;
      }
    }
    return false;
  }

  private static Map<Element, Integer> order(Element area) {
    Map<Element, Integer> order = new IdentityHashMap<>();
    int i = 0;
    for (Element e : area.getAllElements()) {
      order.put(e, i++);
    }
    return order;
  }

  private static int position(Map<Element, Integer> order, Element e) {
    Integer at = e == null ? null : order.get(e);
    return at == null ? Integer.MAX_VALUE : at;
  }

  private static int last(Map<Element, Integer> order, Element e) {
    Integer at = e == null ? null : order.get(e);
    return at == null ? Integer.MIN_VALUE : at + e.getAllElements().size() - 1;
  }

  private static String caption(Element img, Element body, Set<Element> consumed) {
    Element figure = img.closest("figure");
    if (figure != null) {
      Element cap = figure.selectFirst("figcaption");
      consumed.add(figure);
      return cap == null ? attributeCaption(img) : Noise.field(HtmlText.line(cap));
    }
    Element table = img.closest("table");
    if (table != null && !holds(table, body)) {
      consumed.add(table);
      return Optional.ofNullable(tableCaption(img, table))
          .orElseGet(() -> attributeCaption(img));
    }
    boolean inBody = holds(body, img);
    String attribute = attributeCaption(img);
    if (inBody && attribute != null) {
      return attribute;
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
          || !next.select("img").isEmpty() || inBody && !setApart(next)) {
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
    return attribute;
  }

  /** A caption inside the body: centred, not all bold, not indented like a paragraph. */
  private static boolean setApart(Element e) {
    String own = e.text();
    boolean indented = own.startsWith("\u3000") || own.startsWith("\u00A0\u00A0")
        || own.startsWith("  ");
    return Subheads.centred(e) && !Subheads.allBold(e) && !indented;
  }

  /** True when {@code element} is {@code inner} or one of its ancestors. */
  private static boolean holds(Element element, Element inner) {
    return element != null && inner != null
        && (inner == element || inner.parents().contains(element));
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

  /**
   * The tooltip ({@code data-original-title}, HTML as the tooltip shows it), else a {@code
   * title} or {@code alt} that is a sentence rather than a file name or a word.
   */
  static String attributeCaption(Element img) {
    String tooltip = Noise.field(HtmlText.markup(img.attr("data-original-title")));
    if (tooltip != null && tooltip.length() <= MAX_CAPTION) {
      return tooltip;
    }
    for (String name : List.of("title", "alt")) {
      String text = Noise.field(HtmlText.markup(img.attr(name)));
      if (text != null && sentence(text)) {
        return text;
      }
    }
    return null;
  }

  private static boolean sentence(String text) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    return letters >= 4 && text.length() <= MAX_CAPTION
        && !text.matches(IMAGE_FILE) && !text.matches("(?i).*\\.(jpe?g|tiff?)\\.\\d+$")
        && !text.matches("(?i)^(https?:|/|\\.\\./).*");
  }
}
