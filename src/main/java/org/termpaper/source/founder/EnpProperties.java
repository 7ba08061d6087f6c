package org.termpaper.source.founder;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The metadata Founder pages hide in a comment:
 * {@code <!--enpproperty <title>…</title><author>…</author><introtitle>…</introtitle>…
 * /enpproperty-->}. Stateless.
 */
final class EnpProperties {
  private static final Pattern FIELD = Pattern.compile("<(\\w+)>(.*?)</\\1>", Pattern.DOTALL);

  private EnpProperties() {}

  /** The fields of the first enpproperty comment, by tag name; empty when there is none. */
  static Map<String, String> of(Document doc) {
    Map<String, String> fields = new HashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (fields.isEmpty() && node instanceof Comment comment
            && comment.getData().stripLeading().startsWith("enpproperty")) {
          Matcher m = FIELD.matcher(comment.getData());
          while (m.find()) {
            fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT),
                HtmlText.markup(m.group(2)).strip());
          }
        }
      }
    }, doc);
    return fields;
  }
}
