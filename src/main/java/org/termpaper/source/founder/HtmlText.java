package org.termpaper.source.founder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.termpaper.text.SegmentBreaks;

/**
 * The text of HTML as a reader sees it: block elements and {@code <br>} end a paragraph, the
 * white space of the source's formatting is folded, and a line break inside a paragraph follows
 * the segment-break rule of CSS Text 3 ({@link SegmentBreaks}): gone between two wide
 * characters, one space otherwise. Stateless.
 */
final class HtmlText {
  static final Set<String> BLOCKS = Set.of("p", "div", "td", "th", "tr", "li", "ul",
      "ol", "dl", "dt", "dd", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
      "section", "article", "blockquote", "center", "pre", "figure", "figcaption", "header",
      "footer", "founder-content", "hr");
  static final Set<String> IGNORED = Set.of("script", "style", "noscript", "template",
      "select", "option", "map", "iframe", "object", "textarea");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f\\u00A0]+");

  private HtmlText() {}

  /** The paragraphs of {@code root}, skipping the elements in {@code skip}; may hold blanks. */
  static List<String> paragraphs(Element root, Set<Element> skip) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    walk(root, skip, out, current);
    flush(out, current);
    return out;
  }

  /** The text of an element on one line: paragraphs and line breaks become single spaces. */
  static String line(Element element) {
    if (element == null) {
      return null;
    }
    return fold(String.join(" ", paragraphs(element, Set.of())));
  }

  /**
   * Text that is HTML although it did not come as an element (a script's string, a tooltip
   * shown as HTML): parsed, so that tags become breaks or vanish and entities are resolved, and
   * then read as {@link #line}. Null stays null.
   */
  static String markup(String html) {
    if (html == null || html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html;
    }
    return line(Jsoup.parseBodyFragment(html).body());
  }

  /** Source formatting folded: breaks between wide characters gone, other white space one space. */
  static String fold(String text) {
    if (text == null) {
      return null;
    }
    String joined = SegmentBreaks.join(text);
    return SPACES.matcher(joined).replaceAll(" ").strip();
  }

  private static void walk(Node node, Set<Element> skip, List<String> out, StringBuilder cur) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        cur.append(text.getWholeText());
      } else if (child instanceof Element element) {
        String name = element.normalName();
        if (skip.contains(element) || IGNORED.contains(name)) {
          continue;
        }
        if (name.equals("br")) {
          flush(out, cur);
          continue;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
          flush(out, cur);
        }
        walk(element, skip, out, cur);
        if (block) {
          flush(out, cur);
        }
      }
    }
  }

  private static void flush(List<String> out, StringBuilder current) {
    if (current.length() > 0) {
      String text = fold(current.toString());
      if (!text.isEmpty()) {
        out.add(text);
      }
      current.setLength(0);
    }
  }
}
