package org.termpaper.archive;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.net.FetchException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.SourceUrls;

/**
 * Fetches the pictures and PDFs of one issue, as many at a time as the fetcher asks of one host
 * ({@link org.termpaper.net.HttpSettings#maxPerHost}), each streamed into the archive as it
 * arrives; each that fails becomes a {@link FetchFailure} and the rest are kept. A failure of
 * the archive itself ends the fetch. One instance per issue; not thread-safe.
 *
 * <p>What an issue names is fetched over http(s); a {@code file:} URL only when the issue came
 * from a local source, since a feed from the network must not make {@code fetch --pdf} copy the
 * reader's files into the archive. The fetcher reads only regular files, within its size bound.
 */
final class ResourceFetch {
  /** However many connections a host allows, pictures are fetched by at most this many threads. */
  private static final int MAX_THREADS = 16;

  /** A resource to fetch and where it belongs. */
  record Wanted(String url, Resource.Kind kind, String page, String part) {}

  private final Fetcher fetcher;
  private final LocalDate date;
  private final FetchListener listener;
  private final List<FetchFailure> failures = new ArrayList<>();

  ResourceFetch(Fetcher fetcher, LocalDate date, FetchListener listener) {
    this.fetcher = fetcher;
    this.date = date;
    this.listener = listener;
  }

  /**
   * The pictures (the articles' and the page images) and PDFs of {@code edition} the request asks for, each URL once.
   *
   * @param local the edition came from a local source (a file or folder), not from the network
   */
  static List<Wanted> wanted(Edition edition, FetchRequest request, boolean local) {
    Map<String, Wanted> wanted = new LinkedHashMap<>();
    for (Page page : edition.pages()) {
      if (request.pdfs() && isFetchable(page.pdf(), local)) {
        wanted.putIfAbsent(page.pdf(), new Wanted(page.pdf(), Resource.Kind.PDF, page.number(),
            "PDF"));
      }
      if (!request.images()) {
        continue;
      }
      String image = page.image() == null ? null : page.image().url();
      if (isFetchable(image, local)) {
        wanted.putIfAbsent(image, new Wanted(image, Resource.Kind.IMAGE, page.number(),
            "page image"));
      }
      for (Article article : page.articles()) {
        for (Figure figure : article.figures()) {
          if (isFetchable(figure.src(), local)) {
            wanted.putIfAbsent(figure.src(), new Wanted(figure.src(), Resource.Kind.IMAGE,
                page.number(), "picture of \"" + article.title() + "\""));
          }
        }
      }
    }
    return List.copyOf(wanted.values());
  }

  private static boolean isFetchable(String url, boolean local) {
    return isNetwork(url)
        || local && url != null && url.toLowerCase(Locale.ROOT).startsWith("file:");
  }

  /** True for an http(s) URL; false for anything else and for null. */
  static boolean isNetwork(String url) {
    return url != null && SourceUrls.isNetwork(url);
  }

  /**
   * Fetches {@code wanted} into {@code archive} as staged resources, each written part by part
   * as it arrives (see {@link Archive#stage}): at most as many at a time as there are threads,
   * and none of them whole in memory. The caller gives the result to the issue, or discards it.
   */
  List<StagedResource> stage(List<Wanted> wanted, Archive archive) {
    if (wanted.isEmpty()) {
      return List.of();
    }
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(Math.min(fetcher.settings().maxPerHost(), MAX_THREADS), wanted.size()));
    List<Future<StagedResource>> futures = new ArrayList<>();
    try {
      for (Wanted each : wanted) {
        futures.add(pool.submit(() -> {
          try {
            return fetcher.stream(URI.create(each.url()),
                (type, body) -> archive.stage(each.url(), each.kind(), type, body));
          } finally {
            listener.step(date, each.url(), done.incrementAndGet(), wanted.size());
          }
        }));
      }
      return collect(wanted, futures);
    } catch (RuntimeException | Error e) {
      // What was staged before the failure would otherwise wait a day for the sweep.
      pool.shutdownNow();
      archive.discard(finished(futures));
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<StagedResource> collect(List<Wanted> wanted, List<Future<StagedResource>> futures) {
    List<StagedResource> kept = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      Wanted each = wanted.get(i);
      try {
        kept.add(futures.get(i).get());
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
          throw error;
        }
        if (cause instanceof ArchiveException archive) {
          throw archive;
        }
        String reason = cause instanceof FetchException fetch ? fetch.reason()
            : String.valueOf(cause.getMessage());
        failures.add(new FetchFailure(date, each.page(), each.part(), each.url(), reason));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures.add(new FetchFailure(date, each.page(), each.part(), each.url(),
            "interrupted"));
      }
    }
    return kept;
  }

  /** The staged resources of the tasks that have finished well. */
  private static List<StagedResource> finished(List<Future<StagedResource>> futures) {
    List<StagedResource> staged = new ArrayList<>();
    for (Future<StagedResource> future : futures) {
      if (future.isDone() && !future.isCancelled()) {
        try {
          staged.add(future.get());
        } catch (ExecutionException | InterruptedException e) {
          // Failed or interrupted: it staged nothing that is left.
        }
      }
    }
    return staged;
  }

  List<FetchFailure> failures() {
    return List.copyOf(failures);
  }
}
