package org.termpaper.source.founder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.FetchException;
import org.termpaper.source.Progress;

/**
 * Fetches the documents of one edition concurrently: each URL once, at most
 * {@link SiteProfile#connections()} requests at a time per host (never more than
 * {@value #MAX_CONNECTIONS}, whatever a profile asks), progress reported as each document
 * arrives. The fetcher may hold its own per-host limit; the lower one wins. Closing it (or
 * interrupting the thread that waits in {@link #await}) stops the fetches under way. One crawl
 * per edition; thread-safe.
 */
final class EditionCrawl implements AutoCloseable {
  /** The most requests at a time to one host: past this a crawl is a load on the site. */
  static final int MAX_CONNECTIONS = 16;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Documents documents;
  private final int connections;
  private final Progress progress;
  private final ExecutorService pool;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
  private final Map<URI, CompletableFuture<Documents.Text>> fetched = new ConcurrentHashMap<>();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger total = new AtomicInteger();

  EditionCrawl(Documents documents, int connections, Progress progress) {
    this.documents = documents;
    this.connections = Math.min(Math.max(connections, 1), MAX_CONNECTIONS);
    this.progress = progress;
    this.pool = Executors.newFixedThreadPool(this.connections * 2, daemonThreads());
  }

  /** Requests at a time to one host, as capped. */
  int connections() {
    return connections;
  }

  /** The document at {@code url}, fetched once however often it is asked for. */
  CompletableFuture<Documents.Text> fetch(URI url, URI mirrorFile) {
    return fetched.computeIfAbsent(url, key -> {
      total.incrementAndGet();
      return CompletableFuture.supplyAsync(() -> limited(key, mirrorFile), pool);
    });
  }

  /**
   * The value of {@code future}, waiting for it.
   *
   * @throws Cancelled when the thread is interrupted: every fetch is stopped
   * @throws RuntimeException the failure of the future's work, unwrapped
   */
  <T> T await(CompletableFuture<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
      throw new Cancelled("cancelled while reading " + what);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new TermpaperException(what + ": " + cause, cause);
    }
  }

  /** The reading was cancelled by an interrupt; never a reason to mark one part unavailable. */
  static final class Cancelled extends TermpaperException {
    Cancelled(String message) {
      super(message);
    }
  }

  /** Why a fetch or a parse failed, in a few words: {@code HTTP 404}, {@code timed out}. */
  static String reason(RuntimeException e) {
    if (e instanceof FetchException fetch) {
      return fetch.reason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private Documents.Text limited(URI url, URI mirrorFile) {
    Semaphore permits = hosts.computeIfAbsent(host(url), h -> new Semaphore(connections, true));
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, 0, "cancelled");
    }
    try {
      return documents.get(url, mirrorFile);
    } finally {
      permits.release();
      // A document that failed is done too: the reader learns why from the edition's warnings.
      progress.step(url.toString(), done.incrementAndGet(), total.get());
    }
  }

  private static String host(URI url) {
    return url.getHost() == null ? ""
        : url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
  }

  private static ThreadFactory daemonThreads() {
    int id = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "termpaper-fetch-" + id + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The URLs asked for so far, for tests and the benchmark. */
  List<URI> requested() {
    return new ArrayList<>(fetched.keySet());
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
