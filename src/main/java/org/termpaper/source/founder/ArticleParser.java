package org.termpaper.source.founder;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;

/**
 * Reads an article view with a profile's selectors: pre-title, title, subtitle, author, the
 * body's paragraphs and the figures with their captions, falling back to the hidden
 * {@code <!--enpproperty …-->} metadata and then to the page's headline for a part the page does
 * not show. Noise and navigation never reach the result. Stateless.
 */
final class ArticleParser {
  private ArticleParser() {}

  /**
   * @param doc the article view
   * @param url the article's URL without query
   * @param headline the headline the page gave, or null
   * @param scope where a picture may be: one elsewhere is left out
   * @return the article; an article with neither text nor figures is marked unavailable
   */
  static Article parse(Document doc, URI url, String headline, SiteProfile profile,
      LinkScope scope) {
    SiteProfile.ArticleSelectors sel = profile.article();
    Map<String, String> enp = EnpProperties.of(doc);
    Element titleElement = first(doc, sel.title());
    String title = field(titleElement);
    String preTitle = text(doc, sel.preTitle());
    String subtitle = text(doc, sel.subtitle());
    if (sel.aroundTitle() != null && titleElement != null) {
      Set<Element> beforeTitle = before(doc, titleElement);
      for (Element cell : doc.select(sel.aroundTitle())) {
        String text = field(cell);
        if (text != null && beforeTitle.contains(cell)) {
          preTitle = preTitle == null ? text : preTitle;
        } else if (text != null && subtitle == null) {
          subtitle = text;
        }
      }
    }
    title = firstOf(title, Noise.field(enp.get("title")), Noise.field(headline), Links.id(url));
    preTitle = firstOf(preTitle, Noise.field(enp.get("introtitle")));
    subtitle = firstOf(subtitle, Noise.field(enp.get("subtitle")));
    String author = firstOf(Bylines.author(text(doc, sel.author())),
        Bylines.author(enp.get("author")));

    Element body = firstWithText(doc, sel.body());
    Element figureScope = firstWithText(doc, sel.figureScope());
    Element area = commonAncestor(titleElement, body, figureScope);
    FigureFinder.Found found = FigureFinder.find(area, body, titleElement,
        sel.figureExclude(), scope);
    List<Block> blocks = body(body, found);
    blocks = dropRepeats(blocks, preTitle, title, subtitle);
    String byline = firstOf(author);
    int first = firstText(blocks);
    if (first >= 0) {
      Block.Paragraph lead = (Block.Paragraph) blocks.get(first);
      Bylines.Split split = Bylines.split(author, List.of(lead.text()));
      byline = split.author();
      if (split.paragraphs().isEmpty()) {
        blocks.remove(first);
      }
    }
    Article article = Article.of(Links.id(url), url.toString(), preTitle, title, subtitle,
        byline, blocks);
    if (blocks.isEmpty()) {
      return article.markUnavailable("no article text found on the page");
    }
    return article;
  }

  /**
   * The body's blocks with the figures outside it added where they stand: those above it (by
   * the title, say) first, those after it last.
   */
  private static List<Block> body(Element body, FigureFinder.Found found) {
    List<Block> blocks = new ArrayList<>();
    List<Block> after = new ArrayList<>();
    boolean passed = false;
    for (Map.Entry<Element, Figure> e : found.figures().entrySet()) {
      Element img = e.getKey();
      if (body != null && img.parents().contains(body)) {
        passed = true;
      } else if (passed || body != null && isAfter(img, body)) {
        after.add(e.getValue());
      } else {
        blocks.add(e.getValue());
      }
    }
    if (body != null) {
      blocks.addAll(BodyWalk.blocks(body, found));
    }
    blocks.addAll(after);
    return blocks;
  }

  /** True when {@code e} comes after the whole of {@code body} in document order. */
  private static boolean isAfter(Element e, Element body) {
    for (Element x = body; x != null; x = x.parent()) {
      for (Element sibling = x.nextElementSibling(); sibling != null;
          sibling = sibling.nextElementSibling()) {
        if (sibling == e || e.parents().contains(sibling)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nearest element holding every given one (nulls ignored), or null when none is given. */
  private static Element commonAncestor(Element... elements) {
    Element common = null;
    for (Element e : elements) {
      if (e == null) {
        continue;
      }
      if (common == null) {
        common = e;
        continue;
      }
      while (common != e && !e.parents().contains(common)) {
        common = common.parent();
      }
    }
    return common;
  }

  /** The index of the first paragraph when no subhead comes before it, else -1. */
  private static int firstText(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof Block.Paragraph) {
        return i;
      }
      if (blocks.get(i) instanceof Block.Subhead) {
        return -1;
      }
    }
    return -1;
  }

  /** The elements before {@code element} in document order, found in one pass. */
  private static Set<Element> before(Document doc, Element element) {
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : doc.getAllElements()) {
      if (e == element) {
        break;
      }
      found.add(e);
    }
    return found;
  }

  /** The body without leading paragraphs that only repeat the title block (figures kept). */
  private static List<Block> dropRepeats(List<Block> blocks, String... heads) {
    List<String> known = Arrays.asList(heads);
    List<Block> kept = new ArrayList<>();
    boolean leading = true;
    for (Block block : blocks) {
      if (leading && block instanceof Block.Paragraph p && known.contains(p.text())) {
        continue;
      }
      leading &= block instanceof Figure;
      kept.add(block);
    }
    return kept;
  }

  /**
   * The text of a title-block element, or, where it has none of its own, the text a script in
   * it writes ({@code <h1><script>document.write(view("…"))</script></h1>}); null when neither.
   */
  private static String field(Element e) {
    if (e == null) {
      return null;
    }
    String text = Noise.field(HtmlText.line(e));
    for (Element script : text == null ? e.select("script") : List.<Element>of()) {
      text = Noise.field(ScriptStrings.written(script.data()));
      if (text != null) {
        break;
      }
    }
    return text;
  }

  private static String text(Document doc, List<String> selectors) {
    for (String selector : selectors) {
      for (Element e : doc.select(selector)) {
        String text = field(e);
        if (text != null) {
          return text;
        }
      }
    }
    return null;
  }

  private static Element first(Document doc, List<String> selectors) {
    for (String selector : selectors) {
      for (Element e : doc.select(selector)) {
        if (field(e) != null) {
          return e;
        }
      }
    }
    return null;
  }

  private static Element firstWithText(Document doc, List<String> selectors) {
    Element fallback = null;
    for (String selector : selectors) {
      for (Element e : doc.select(selector)) {
        if (!HtmlText.line(e).isEmpty() || !e.select("img").isEmpty()) {
          return e;
        }
        fallback = fallback == null ? e : fallback;
      }
    }
    return fallback;
  }

  @SafeVarargs
  private static <T> T firstOf(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
