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
    String title = Noise.field(HtmlText.line(titleElement));
    String preTitle = text(doc, sel.preTitle());
    String subtitle = text(doc, sel.subtitle());
    if (sel.aroundTitle() != null && titleElement != null) {
      Set<Element> beforeTitle = before(doc, titleElement);
      for (Element cell : doc.select(sel.aroundTitle())) {
        String text = Noise.field(HtmlText.line(cell));
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
    FigureFinder.Found found = FigureFinder.find(figureScope == null ? body : figureScope, body,
        sel.figureExclude(), scope);
    List<String> paragraphs = body == null ? List.of() : paragraphs(body, found.consumed());
    paragraphs = dropRepeats(paragraphs, preTitle, title, subtitle);
    Bylines.Split split = Bylines.split(author, paragraphs);
    List<Figure> figures = found.figures();
    Article article = new Article(Links.id(url), url.toString(), preTitle, title, subtitle,
        split.author(), split.paragraphs(), figures);
    if (split.paragraphs().isEmpty() && figures.isEmpty()) {
      return article.markUnavailable("no article text found on the page");
    }
    return article;
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

  private static List<String> paragraphs(Element body, Set<Element> skip) {
    List<String> kept = new ArrayList<>();
    for (String raw : HtmlText.paragraphs(body, skip)) {
      String text = HtmlText.fold(Noise.strip(raw));
      if (!text.isEmpty() && !Noise.isNavigation(text)) {
        kept.add(text);
      }
    }
    return kept;
  }

  /** The body without leading paragraphs that only repeat the title block. */
  private static List<String> dropRepeats(List<String> paragraphs, String... heads) {
    List<String> known = Arrays.asList(heads);
    int skip = 0;
    while (skip < paragraphs.size() && known.contains(paragraphs.get(skip))) {
      skip++;
    }
    return paragraphs.subList(skip, paragraphs.size());
  }

  private static String text(Document doc, List<String> selectors) {
    for (String selector : selectors) {
      for (Element e : doc.select(selector)) {
        String text = Noise.field(HtmlText.line(e));
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
        if (Noise.field(HtmlText.line(e)) != null) {
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
