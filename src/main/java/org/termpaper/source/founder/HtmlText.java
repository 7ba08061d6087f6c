package org.termpaper.source.founder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of HTML as a reader sees it: block elements and {@code <br>} end a paragraph, the
 * white space of the source's formatting is folded, and a line break between two ideographs
 * disappears instead of becoming a space. Stateless.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "td", "th", "tr", "li", "ul",
      "ol", "dl", "dt", "dd", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5", "h6",
      "section", "article", "blockquote", "center", "pre", "figure", "figcaption", "header",
      "footer", "founder-content", "hr");
  private static final Set<String> IGNORED = Set.of("script", "style", "noscript", "template",
      "select", "option", "map", "iframe", "object", "textarea");
  private static final Pattern BREAK_BETWEEN_HAN =
      Pattern.compile("(?<=[\\p{IsHan}，。、；：？！”’」』）》])[ \\t]*[\\r\\n][\\s&&[^\\u3000]]*"
          + "(?=[\\p{IsHan}“‘「『（《])");
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

  /** Source formatting folded: breaks between ideographs gone, other white space one space. */
  static String fold(String text) {
    if (text == null) {
      return null;
    }
    String joined = BREAK_BETWEEN_HAN.matcher(text).replaceAll("");
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
