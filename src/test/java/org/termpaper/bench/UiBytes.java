package org.termpaper.bench;

import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.source.feed.FeedDocuments;
import org.termpaper.source.feed.FeedSource;
import org.termpaper.ui.FrameDriver;

/**
 * Bytes the terminal receives for the first full screen of the bundled sample and for one
 * {@code n}, one line of scrolling, one {@code ]}, at 80x24 and 160x48. Run by
 * {@code bench/ui-bytes}; not a test.
 */
public final class UiBytes {
  private UiBytes() {}

  public static void main(String[] args) {
    EditionSource sample = new FeedSource(
        FeedDocuments.classpath("bundled:sample", "/org/termpaper/sample/", List.of()), null);
    IssueCalendar calendar = sample.calendar();
    Edition edition = sample.newest(Progress.NONE);
    int longest = longest(edition);
    System.out.println("article " + (longest + 1) + " of " + edition.articleCount()
        + " (the longest) is the one opened by n and scrolled");
    System.out.println(
        "size     first screen      n   scroll 1 line      ]   full redraw after n j");
    for (int[] size : new int[][] {{80, 24}, {160, 48}}) {
      FrameDriver ui = new FrameDriver(size[0], size[1], "zh");
      int first = ui.open(edition, calendar);
      for (int i = 0; i < longest; i++) {
        ui.key("n");
      }
      int next = ui.key("n");
      int scroll = ui.key("j");
      int page = ui.key("]");
      int full = fullRedrawAfterScroll(edition, calendar, size);
      System.out.printf("%3dx%-3d %13d %6d %15d %6d %21d%n", size[0], size[1], first, next, scroll,
          page, full);
    }
  }

  /**
   * The local UI's bytes at 80x24 on the path the SSH bench takes: {@code n} into the longest
   * article from the first screen, then one line of scrolling; also how many {@code n} come
   * before.
   */
  static int[] nAndScrollAt80x24() {
    EditionSource sample = new FeedSource(
        FeedDocuments.classpath("bundled:sample", "/org/termpaper/sample/", List.of()), null);
    Edition edition = sample.newest(Progress.NONE);
    int longest = longest(edition);
    FrameDriver ui = new FrameDriver(80, 24, "zh");
    ui.open(edition, sample.calendar());
    for (int i = 0; i < longest; i++) {
      ui.key("n");
    }
    return new int[] {ui.key("n"), ui.key("j"), longest};
  }

  /** What the frame after {@code n j} costs when drawn from nothing, to compare scrolling with. */
  private static int fullRedrawAfterScroll(Edition edition, IssueCalendar calendar, int[] size) {
    FrameDriver ui = new FrameDriver(size[0], size[1], "zh");
    ui.open(edition, calendar);
    for (int i = 0; i <= longest(edition); i++) {
      ui.key("n");
    }
    ui.key("j");
    return ui.redrawAll();
  }

  /** The index, in reading order, of the article with the most text. */
  private static int longest(Edition edition) {
    List<Article> all = edition.pages().stream().flatMap(p -> p.articles().stream()).toList();
    int best = 0;
    for (int i = 0; i < all.size(); i++) {
      if (length(all.get(i)) > length(all.get(best))) {
        best = i;
      }
    }
    return best;
  }

  private static int length(Article article) {
    return article.paragraphs().stream().mapToInt(String::length).sum();
  }
}
