package org.termpaper.source.founder;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Tells a subhead (小标题) from body text by its structure: a short block inside the body whose
 * every word is bold ({@code <strong>}, {@code <b>}) or which is a heading element ({@code h2}
 * to {@code h6}). Sites centre most of them; centring alone does not make one, since captions
 * are centred too. Stateless.
 */
final class Subheads {
  /** The longest subhead, in characters; a longer bold block is an emphasised paragraph. */
  static final int MAX_LENGTH = 60;
  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BOLD = Set.of("strong", "b");
  private static final Pattern CENTRED = Pattern.compile("(?i)text-align\\s*:\\s*center");

  private Subheads() {}

  /** True when {@code block}, a block element of the body, is a subhead. */
  static boolean is(Element block) {
    String text = HtmlText.line(block);
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH
        || !block.select("img").isEmpty()) {
      return false;
    }
    for (Element inner : block.getAllElements()) {
      if (inner != block && HtmlText.BLOCKS.contains(inner.normalName())) {
        return false;
      }
    }
    return HEADINGS.contains(block.normalName()) || allBold(block);
  }

  /** True when every word of {@code e} stands in a bold element. */
  static boolean allBold(Element e) {
    if (BOLD.contains(e.normalName())) {
      return !e.text().isBlank();
    }
    boolean any = false;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        if (!t.getWholeText().replace('\u3000', ' ').replace('\u00A0', ' ').isBlank()) {
          return false;
        }
      } else if (child instanceof Element c && !c.text().isBlank()) {
        if (!allBold(c)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** True when {@code e} or its one child is centred (attribute, style or {@code center}). */
  static boolean centred(Element e) {
    for (Element x = e; x != null; x = x.childrenSize() == 1 ? x.child(0) : null) {
      if (x.normalName().equals("center") || x.attr("align").equalsIgnoreCase("center")
          || CENTRED.matcher(x.attr("style")).find()) {
        return true;
      }
    }
    return false;
  }
}
