package org.termpaper.source.founder;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;

/**
 * Reads an article's body into blocks in reading order: paragraphs (block elements and {@code
 * <br>} end one, as in {@link HtmlText}), subheads ({@link Subheads}) and the figures found
 * inside the body, each where its picture stands. Elements used as captions are not read as
 * text; noise and navigation lines are dropped. Not thread-safe: one walk per instance.
 */
final class BodyWalk {
  private final FigureFinder.Found found;
  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();

  private BodyWalk(FigureFinder.Found found) {
    this.found = found;
  }

  static List<Block> blocks(Element body, FigureFinder.Found found) {
    BodyWalk walk = new BodyWalk(found);
    walk.walk(body);
    walk.flush();
    return walk.blocks;
  }

  private void walk(Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        current.append(text.getWholeText());
      } else if (child instanceof Element element) {
        element(element);
      }
    }
  }

  private void element(Element element) {
    String name = element.normalName();
    Figure figure = found.figures().get(element);
    if (figure != null) {
      flush();
      blocks.add(figure);
      return;
    }
    if (found.consumed().contains(element)) {
      flush();
      for (Element img : element.select("img")) {
        Figure inside = found.figures().get(img);
        if (inside != null) {
          blocks.add(inside);
        }
      }
      return;
    }
    if (HtmlText.IGNORED.contains(name)) {
      return;
    }
    if (name.equals("br")) {
      flush();
      return;
    }
    boolean block = HtmlText.BLOCKS.contains(name) || name.matches("h[1-6]");
    if (block && Subheads.is(element)) {
      flush();
      String text = Noise.field(HtmlText.line(element));
      if (text != null) {
        blocks.add(new Block.Subhead(text));
      }
      return;
    }
    if (block) {
      flush();
    }
    walk(element);
    if (block) {
      flush();
    }
  }

  private void flush() {
    if (current.length() == 0) {
      return;
    }
    String text = HtmlText.fold(Noise.strip(HtmlText.fold(current.toString())));
    current.setLength(0);
    if (text != null && !text.isEmpty() && !Noise.isNavigation(text)) {
      blocks.add(new Block.Paragraph(text));
    }
  }
}
