package org.termpaper.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.termpaper.archive.SearchHit;
import org.termpaper.model.Page;
import org.termpaper.ui.nav.Hit;
import org.termpaper.ui.nav.Result;
import org.termpaper.ui.nav.SearchRequest;
import org.termpaper.ui.nav.Searching;

/**
 * Runs the all-issues searches off the UI thread, one at a time, and posts each one's answer as
 * an {@link Event} naming its serial; a search that fails in any way, with an {@link Error} too,
 * is answered with a failure. {@link #start} is called on the UI thread only.
 */
final class SearchWorker implements AutoCloseable {
  private final ArchiveAccess archive;
  private final Consumer<Event> post;
  private final ExecutorService worker = Workers.named("termpaper-search", 1);

  SearchWorker(ArchiveAccess archive, Consumer<Event> post) {
    this.archive = archive;
    this.post = post;
  }

  /** Starts {@code request}; nothing when it is null. */
  void start(SearchRequest request) {
    if (request == null) {
      return;
    }
    worker.submit(() -> post.accept(run(request)));
  }

  private Event run(SearchRequest request) {
    int serial = request.serial();
    try {
      Optional<List<SearchHit>> found =
          archive.search(request.paperId(), request.query(), Searching.LIMIT + 1);
      if (found.isEmpty()) {
        return new Event.NothingArchived(serial);
      }
      List<SearchHit> hits = found.get();
      boolean more = hits.size() > Searching.LIMIT;
      return new Event.Searched(serial,
          results(more ? hits.subList(0, Searching.LIMIT) : hits), more);
    } catch (Throwable e) {
      return new Event.SearchFailed(serial,
          Failures.logged("searching the archive for " + request.query(), e));
    }
  }

  /** The archive's hits as rows of the results list. */
  static List<Result> results(List<SearchHit> hits) {
    List<Result> results = new ArrayList<>();
    for (SearchHit hit : hits) {
      String page = new Page(hit.pageNumber(), hit.pageName(), null, null, List.of()).label();
      results.add(new Result(new Hit(hit.date(), hit.position(), hit.articleId()), page,
          hit.title() == null ? "" : hit.title(), hit.snippet(), hit.matchStart(),
          hit.matchLength()));
    }
    return results;
  }

  @Override
  public void close() {
    Workers.stop(worker, "the search worker");
  }
}
