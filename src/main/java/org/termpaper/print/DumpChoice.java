package org.termpaper.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.model.TermpaperException;
import org.termpaper.text.TextCleaner;

/**
 * What {@code dump} prints of an edition: the page of {@code --page} or {@code --page-name},
 * then one article among them. Immutable.
 *
 * @param page the page number asked for, or null
 * @param pageName the page name asked for, or null
 */
public record DumpChoice(String page, String pageName) {
  /** True when one page was asked for. */
  public boolean onePage() {
    return page != null || pageName != null;
  }

  /**
   * The chosen page, then the article {@code wanted} (may be null) on it; a page chosen by
   * number for want of the name is said in {@code notes}.
   */
  public Edition select(Edition edition, String wanted, List<String> notes) {
    List<Page> pages = edition.pages();
    if (onePage()) {
      pages = List.of(pages.get(pageIndex(edition, notes)));
    }
    if (wanted != null) {
      Edition scope = edition.withPages(pages);
      ArticlePosition at = scope.find(wanted).orElseThrow(() -> new TermpaperException(
          "no article " + wanted + " in the issue of " + edition.date()
              + (page == null ? "" : " on page " + page)));
      Page holder = scope.pages().get(at.page());
      Article found = scope.article(at);
      pages = List.of(new Page(holder.number(), holder.name(), holder.url(), holder.pdf(),
          List.of(found), holder.unavailable()));
    }
    return edition.withPages(pages);
  }

  /** Prints {@code selected} (from {@link #select}) as one article, one page or the edition. */
  public void print(TextDump dump, Edition selected, String wanted) {
    if (wanted != null) {
      dump.article(selected.pages().get(0).articles().get(0));
    } else if (onePage()) {
      dump.page(selected.pages().get(0));
    } else {
      dump.edition(selected);
    }
  }

  /**
   * The page {@code pageName} names, the one numbered {@code page} among several of that name;
   * else the page numbered {@code page}, which {@code notes} then mentions; as the UI's
   * <code>{</code> and <code>}</code> keys choose.
   */
  private int pageIndex(Edition edition, List<String> notes) {
    Optional<Integer> chosen = edition.samePage(pageName, page, 0);
    if (chosen.isPresent()) {
      Page found = edition.pages().get(chosen.get());
      if (pageName != null && !found.isNamed(pageName)) {
        notes.add("no page named " + TextCleaner.quote(pageName) + " in the issue of "
            + edition.date() + "; printing " + found.label());
      }
      return chosen.get();
    }
    if (pageName != null) {
      throw new TermpaperException("no page named " + TextCleaner.quote(pageName)
          + " in the issue of " + edition.date() + "; pages: " + labels(edition));
    }
    throw new TermpaperException("no page " + page + " in the issue of " + edition.date()
        + "; pages: " + edition.pages().stream().map(Page::number)
        .collect(Collectors.joining(", ")));
  }

  private static String labels(Edition edition) {
    return edition.pages().stream().map(p -> p.name() == null ? p.number()
        : p.number() + " " + p.name()).collect(Collectors.joining(", "));
  }

  /**
   * The warnings of {@code edition} that concern what {@code selected} kept of it: those that
   * name a kept page (its label {@code 第03版} or URL) or a kept article (its URL), or, when
   * {@code oneArticle}, that article's URL alone; and those that name no page or article of the
   * edition at all, or are among {@code notices}, which concern the whole edition. Warnings are
   * strings in the feed and the archive too, so the page a warning is about is known from the
   * label and URLs every source puts in it, for editions from any source.
   */
  public static List<String> warningsFor(Edition edition, Edition selected, boolean oneArticle,
      List<String> notices) {
    List<String> kept = marks(selected, !oneArticle);
    List<String> any = marks(edition, true);
    return edition.warnings().stream()
        .filter(w -> notices.contains(w) || mentions(w, kept) || !mentions(w, any))
        .toList();
  }

  /** What a warning names a page or an article by: labels and page URLs, and article URLs. */
  private static List<String> marks(Edition edition, boolean pages) {
    List<String> marks = new ArrayList<>();
    for (Page p : edition.pages()) {
      if (pages) {
        marks.add("第" + p.number() + "版");
        marks.add(p.url());
      }
      p.articles().forEach(a -> marks.add(a.url()));
    }
    marks.removeIf(m -> m == null || m.isEmpty());
    return marks;
  }

  private static boolean mentions(String warning, List<String> marks) {
    return marks.stream().anyMatch(warning::contains);
  }
}
