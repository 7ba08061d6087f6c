package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The keys <code>{</code> and <code>}</code> (本版上一期 / 本版下一期): the previous or next
 * issue, opened on the page the reader is on. The page of the same name is chosen (spaces
 * folded, so {@code 综 合} is {@code 综合}), else the page of the same number, else the issue's
 * page list, with a note saying which page it lacked. With an article open, the chosen page's
 * article list opens.
 *
 * <p>A reader who follows one page (经济) day after day and lands on a stand-in page by number
 * keeps following 经济 with the next press, as long as they stay on the page they landed on.
 * Part of {@link Reader}; mutable, UI thread only.
 */
final class SamePage {
  /**
   * The page wanted in the other issue.
   *
   * @param name its name, or null for a page with none
   * @param number its number as printed
   * @param ordinal which of the pages of that name it is (0 for the first), for papers with
   *     two pages of one name
   * @param articles true when an article was open: the article list opens
   * @param focus the pane that had the focus
   */
  record Wanted(String name, String number, int ordinal, boolean articles, Focus focus) {}

  /** Where a press landed, so that the next press keeps following the same page. */
  private record Landing(LocalDate date, int page, Wanted wanted) {}

  private final Reader reader;
  private LocalDate pendingDate;
  private Wanted pending;
  private Landing landed;

  SamePage(Reader reader) {
    this.reader = reader;
  }

  /**
   * The page to look for in another issue: the one the reader is on, or the one followed when the
   * reader has not moved since a press landed on a stand-in; null when the issue has no pages.
   */
  Wanted wanted(Edition shown, int page, boolean articleOpen, Focus focus) {
    if (shown == null || shown.pages().isEmpty()) {
      return null;
    }
    boolean articles = articleOpen || focus == Focus.ARTICLE;
    Focus kept = articles ? Focus.ARTICLES : focus;
    if (landed != null && landed.date().equals(shown.date()) && landed.page() == page) {
      Wanted followed = landed.wanted();
      return new Wanted(followed.name(), followed.number(), followed.ordinal(), articles, kept);
    }
    Page current = shown.pages().get(page);
    int ordinal = current.name() == null ? 0 : shown.pagesNamed(current.name()).indexOf(page);
    return new Wanted(current.name(), current.number(), Math.max(0, ordinal), articles, kept);
  }

  /** The issue of {@code date}, asked for, is to open on {@code wanted} (may be null). */
  void expect(LocalDate date, Wanted wanted) {
    pendingDate = wanted == null ? null : date;
    pending = wanted;
  }

  /** Another move asked for an issue: no page is waited for any more. */
  void forget() {
    pendingDate = null;
    pending = null;
  }

  /** The issue {@code loaded} is shown: opens it on the page waited for, if it is that issue. */
  void arrived(Edition loaded, Place place) {
    Wanted wanted = pending;
    boolean ours = wanted != null && loaded.date().equals(pendingDate);
    forget();
    if (!ours) {
      landed = null;
      return;
    }
    Optional<Integer> chosen = choose(loaded, wanted);
    String label = label(wanted);
    if (chosen.isEmpty()) {
      landed = new Landing(loaded.date(), 0, wanted);
      reader.say(Note.of(Kind.PAGE_MISSING, loaded.date(), label));
      return;
    }
    int page = chosen.get();
    place.landOn(page, wanted.focus());
    Page found = loaded.pages().get(page);
    // On the page itself, the next press follows it, number and all; on a stand-in, the page
    // wanted is followed on.
    landed = null;
    if (wanted.name() != null && !found.isNamed(wanted.name())) {
      landed = new Landing(loaded.date(), page, wanted);
      reader.say(Note.of(Kind.PAGE_BY_NUMBER, loaded.date(), label, found.label()));
    }
  }

  /** The page of {@code other} that stands for {@code wanted} ({@link Edition#samePage}). */
  static Optional<Integer> choose(Edition other, Wanted wanted) {
    return other.samePage(wanted.name(), wanted.number(), wanted.ordinal());
  }

  /** The page wanted as a note names it: by its name, else as {@code 第03版}. */
  private static String label(Wanted wanted) {
    return wanted.name() != null ? wanted.name()
        : new Page(wanted.number(), null, null, null, List.of()).label();
  }
}
