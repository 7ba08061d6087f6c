package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;

/**
 * Which issues the reader has and wants: the one shown, the calendar, the one asked for and not
 * shown yet, and the neighbours to load ahead as the {@link Prefetch} setting says. Decides which
 * arrivals are shown ({@link Reader#issueLoaded}). Remembers, for the session, the issues that
 * could not be loaded, so that {@code <} and {@code >} go on past them. When the first issue
 * cannot be loaded, the date asked for stands in for the issue shown. Part of {@link Reader},
 * which words the notes; mutable, UI thread only.
 */
public final class Issues {
  private final Prefetch prefetch;
  private Edition shown;
  private IssueCalendar calendar;
  private LocalDate wanted;
  private LocalDate asked;
  private boolean startFailed;
  private String startFailure;
  private final Set<LocalDate> failedDates = new HashSet<>();

  Issues(Prefetch prefetch) {
    this.prefetch = prefetch;
  }

  /** The issue of {@code date} is the first one wanted; the newest when null. */
  void start(LocalDate date) {
    wanted = date;
    asked = date;
  }

  /**
   * The date the reader is at: the issue shown, else, once the first issue has failed, the date
   * asked for (the newest in the calendar when the newest was asked for); null while waiting.
   */
  public LocalDate date() {
    if (shown != null) {
      return shown.date();
    }
    if (!startFailed) {
      return null;
    }
    if (asked == null && calendar != null) {
      return calendar.newest().orElse(null);
    }
    return asked;
  }

  /** Why the first issue could not be loaded, or null while none failed or once one is shown. */
  public String startFailure() {
    return shown == null && startFailed ? startFailure : null;
  }

  /** True when {@code date} could not be loaded in this session. */
  public boolean hasFailed(LocalDate date) {
    return failedDates.contains(date);
  }

  /** The issue shown, or null before the first one has arrived. */
  Edition shown() {
    return shown;
  }

  /** The source's issue calendar, or null until it is known. */
  public IssueCalendar calendar() {
    return calendar;
  }

  void calendar(IssueCalendar known) {
    calendar = known;
  }

  /** The issue the reader wants and is not shown yet, or null; the newest when started so. */
  public LocalDate wanted() {
    return wanted;
  }

  /** True while an issue is wanted and not yet shown, the first one included. */
  public boolean loading() {
    return wanted != null || shown == null && !startFailed;
  }

  /**
   * True when the issue asked for as {@code asked} (null: the newest) is the one the reader waits
   * for: its progress is shown, and it is shown when it arrives.
   */
  public boolean wants(LocalDate asked) {
    return asked == null ? shown == null && wanted == null : asked.equals(wanted);
  }

  /**
   * The issues to load ahead of time, as the prefetch setting says: the one before the issue
   * shown and the one after it, by the calendar (else the edition's own neighbours). Empty
   * before the first issue is shown.
   */
  public Set<LocalDate> ahead() {
    Set<LocalDate> ahead = new LinkedHashSet<>();
    if (shown == null || prefetch == Prefetch.NONE) {
      return ahead;
    }
    neighbour(false).ifPresent(ahead::add);
    if (prefetch == Prefetch.BOTH) {
      neighbour(true).ifPresent(ahead::add);
    }
    return ahead;
  }

  /**
   * The issue after (or before) the one shown, or the date the reader is at, by the calendar,
   * past the issues that could not be loaded; empty at its end.
   */
  Optional<LocalDate> neighbour(boolean later) {
    return Moves.issue(calendar, shown, date(), later, failedDates);
  }

  /** The issue next to the one shown as the calendar has it, failed or not; for the notes. */
  Optional<LocalDate> nextInCalendar(boolean later) {
    return Moves.issue(calendar, shown, date(), later, Set.of());
  }

  /** Shows {@code loaded}, which was wanted. */
  void show(Edition loaded) {
    shown = loaded;
    wanted = null;
  }

  /**
   * The issue asked for as {@code asked} could not be loaded; true if it was the one wanted,
   * which is then wanted no more.
   */
  boolean failed(LocalDate date, String reason) {
    if (date == null ? wanted != null : !date.equals(wanted)) {
      return false;
    }
    if (date != null) {
      failedDates.add(date);
    }
    wanted = null;
    if (shown == null) {
      startFailed = true;
      startFailure = reason;
    }
    return true;
  }

  /** Wants the issue of {@code date}; false, wanting none, when it is the one shown. */
  boolean want(LocalDate date) {
    if (shown != null && date.equals(shown.date())) {
      wanted = null;
      return false;
    }
    wanted = date;
    return true;
  }
}
