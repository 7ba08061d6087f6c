package org.termpaper.ui.nav;

import java.util.List;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The search side of the reader: the scope of the search prompt, the results stepped through
 * with {@code n} and {@code N}, the list of an all-issues search, and the words to mark in an
 * article a search found. Part of {@link Reader}; mutable, UI thread only.
 *
 * <p>Within the issue a search is done at once ({@link EditionSearch}). Across the archive it is
 * asked for: {@link #take} names the search to run, and the UI answers with {@link #found},
 * {@link #nothingArchived} or {@link #failed}. A result in another issue asks for that issue and
 * opens when it arrives.
 *
 * <p>The results list has fixed keys, like the other overlays: arrows, {@code j k n N} and the
 * page keys move, Enter opens, Tab searches this issue instead, {@code /} searches again, Esc or
 * {@code q} closes. {@code q} in an article opened from the list goes back to it.
 */
public final class Searching {
  /** The most results an all-issues search lists: the newest. */
  public static final int LIMIT = 200;

  private final Reader reader;
  private Scope scope = Scope.ISSUE;
  private Hits hits;
  private Hits pending;
  private SearchResults results;
  private SearchRequest asked;
  private int serials;
  private boolean reveal;

  Searching(Reader reader) {
    this.reader = reader;
  }

  /** Where the search being typed will look. */
  public Scope scope() {
    return scope;
  }

  /** The results being stepped through, or empty. */
  public Optional<Hits> hits() {
    return Optional.ofNullable(hits);
  }

  /** The all-issues results, while searching or answered; empty when there are none. */
  public Optional<SearchResults> results() {
    return Optional.ofNullable(results);
  }

  /** The archive search to start, once; null when none was asked for since. */
  public SearchRequest take() {
    SearchRequest request = asked;
    asked = null;
    return request;
  }

  /** The words to mark in the open article: those of the search that found it, else none. */
  public List<String> terms() {
    Edition edition = reader.edition();
    if (hits == null || edition == null || reader.open().isEmpty()) {
      return List.of();
    }
    Hit hit = hits.current();
    boolean found = hit.date().equals(edition.date()) && hit.in(edition).equals(reader.open());
    return found ? hits.terms() : List.of();
  }

  // ---- the archive's answers

  /** Search {@code serial} found {@code found}: the newest of more when {@code more}. */
  public void found(int serial, List<Result> found, boolean more) {
    if (!answers(serial)) {
      return;
    }
    if (found.isEmpty()) {
      closeResults(Note.of(Kind.NO_HITS_ALL, results.query()));
    } else {
      results.arrived(found, more);
    }
  }

  /** Nothing of the paper is archived: search {@code serial} had nowhere to look. */
  public void nothingArchived(int serial) {
    if (answers(serial)) {
      closeResults(Note.of(Kind.NOTHING_ARCHIVED, reader.edition().paper().name()));
    }
  }

  /** Search {@code serial} could not read the archive. */
  public void failed(int serial, String reason) {
    if (answers(serial)) {
      closeResults(Note.of(Kind.SEARCH_FAILED, reason));
    }
  }

  private boolean answers(int serial) {
    return results != null && results.searching() && results.request().serial() == serial;
  }

  private void closeResults(Note note) {
    results = null;
    if (reader.mode() == Mode.RESULTS) {
      reader.mode(Mode.READING);
    }
    reader.say(note);
  }

  // ---- the prompt and the results list

  /**
   * Opens the search prompt on {@code start}: {@code /} in the reading view searches this issue,
   * in the results list all issues again.
   */
  void openPrompt(Scope start) {
    scope = start;
    reader.overlays().openPrompt(Mode.SEARCH_PROMPT);
  }

  void toggleScope() {
    scope = scope.other();
  }

  /** Searches for {@code query} in the prompt's scope; a blank query does nothing. */
  void search(String query) {
    if (query.isBlank()) {
      return;
    }
    if (scope == Scope.ISSUE) {
      inIssue(query.strip());
      return;
    }
    results = new SearchResults(
        new SearchRequest(++serials, reader.edition().paper().id(), query.strip()));
    asked = results.request();
    reader.mode(Mode.RESULTS);
  }

  private void inIssue(String query) {
    Edition edition = reader.edition();
    List<ArticlePosition> found = EditionSearch.find(edition, query);
    if (found.isEmpty()) {
      reader.say(Note.of(Kind.NO_HITS, query));
      return;
    }
    go(Hits.inIssue(query, edition, found, reader.open().orElse(null)));
  }

  void resultsKey(String key) {
    if (results.move(key)) {
      return;
    }
    switch (key) {
      case Keys.ENTER -> {
        if (!results.searching()) {
          reader.mode(Mode.READING);
          go(results.hits());
        }
      }
      case Keys.TAB -> {
        String query = results.query();
        scope = Scope.ISSUE;
        results = null;
        hits = null;
        reader.mode(Mode.READING);
        inIssue(query);
      }
      case "/" -> openPrompt(Scope.ALL);
      case Keys.ESC, "q" -> close();
      default -> { }
    }
  }

  private void close() {
    results = null;
    hits = null;
    pending = null;
    reader.mode(Mode.READING);
    reader.say(Note.of(Kind.SEARCH_CLOSED));
  }

  // ---- reading the results

  /** True while there are results for {@code n} and {@code p} to step through. */
  boolean stepping() {
    return hits != null;
  }

  void next() {
    step(hits.next(), Kind.LAST_HIT);
  }

  void previous() {
    if (hits == null) {
      reader.say(Note.of(Kind.NO_SEARCH));
      return;
    }
    step(hits.previous(), Kind.FIRST_HIT);
  }

  private void step(Optional<Hits> moved, Kind atEnd) {
    if (moved.isEmpty()) {
      reader.say(Note.of(atEnd, hits.size(), hits.query()));
      return;
    }
    go(moved.get());
  }

  /** {@code q}: back to the list of an all-issues search, else closes the search; false if none. */
  boolean back() {
    if (hits == null) {
      return false;
    }
    if (hits.scope() == Scope.ALL && results != null) {
      results.select(hits.index());
      reader.mode(Mode.RESULTS);
      return true;
    }
    hits = null;
    pending = null;
    reader.say(Note.of(Kind.SEARCH_CLOSED));
    return true;
  }

  /** Opens the current result of {@code found}: in this issue at once, else once it arrives. */
  private void go(Hits found) {
    Hit hit = found.current();
    if (hit.date().equals(reader.edition().date())) {
      open(found);
      return;
    }
    reader.want(hit.date());
    pending = found;
  }

  private void open(Hits found) {
    hits = found;
    Hit hit = found.current();
    Optional<ArticlePosition> at = hit.in(reader.edition());
    if (at.isEmpty()) {
      reader.say(Note.of(Kind.HIT_GONE, hit.date()));
      return;
    }
    reader.openAt(at.get());
    reveal = true;
    reader.say(found.scope() == Scope.ISSUE
        ? Note.of(Kind.HIT, found.index() + 1, found.size(), found.query())
        : Note.of(Kind.HIT_ALL, found.index() + 1, found.size(), found.query()));
  }

  // ---- from the reader

  /** An issue is shown: the result waiting for it opens; any other issue ends the results. */
  void issueLoaded(Edition loaded) {
    Hits waiting = pending;
    pending = null;
    reveal = false;
    if (waiting != null && waiting.current().date().equals(loaded.date())) {
      open(waiting);
    } else {
      hits = null;
    }
  }

  /** The reader asked for an issue, or one could not be loaded: no result waits any more. */
  void forgetPending() {
    pending = null;
  }

  /** True once after a result opened: the view's report of the match then scrolls to it. */
  boolean takeReveal() {
    boolean once = reveal;
    reveal = false;
    return once;
  }
}
