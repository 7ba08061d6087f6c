package org.termpaper.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Reads resources by URL: {@code http(s):} through OkHttp, {@code file:} from the disk (regular
 * files only), with one size bound for both. Thread-safe; share one per process, since it holds
 * the connection pool, the disk cache and the transfer counters. A second fetcher on the same
 * cache folder, in this process or another, runs without the disk cache until the first is
 * closed.
 *
 * <p>Over HTTP it sends conditional requests from its disk cache, accepts gzip, retries 5xx and
 * I/O errors with backoff, asks at most {@link HttpSettings#maxPerHost()} at a time of one host,
 * and gives up on a resource after {@link HttpSettings#deadline()}. With
 * {@link HttpSettings#offline()} it opens no connection at all.
 */
public final class Fetcher implements AutoCloseable {
  private final HttpSettings settings;
  private final TransferCounter counter = new TransferCounter();
  private final FileLock cacheLock;
  private final OkHttpClient client;

  public Fetcher(HttpSettings settings) {
    this.settings = settings;
    this.cacheLock = HttpClients.lockCache(settings);
    try {
      this.client = settings.offline() ? null
          : HttpClients.build(settings, counter, cacheLock != null);
    } catch (RuntimeException e) {
      HttpClients.unlockCache(settings, cacheLock);
      throw e;
    }
  }

  public HttpSettings settings() {
    return settings;
  }

  /** The OkHttp client, null when offline; for the tests of the per-host limit. */
  OkHttpClient client() {
    return client;
  }

  /** What this fetcher has sent and received since it was made. */
  public TransferStats stats() {
    return counter.snapshot();
  }

  /** The resource at {@code url}; a non-2xx status, an I/O error or an oversized body throws. */
  public Response get(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return switch (scheme) {
      case "file" -> readFile(url);
      case "http", "https" -> readHttp(url);
      default -> throw new FetchException(url, 0, "unsupported URL scheme '" + scheme + "'");
    };
  }

  /**
   * Reads the resource at {@code url} through {@code reader} as it arrives, so that it is never
   * whole in memory, with the retries, deadline, size bound and errors of {@link #get}. Over
   * HTTP the reader runs on one of the fetcher's threads, and again for each retry; a
   * {@link RuntimeException} or {@link Error} it throws comes out of this method as it is.
   *
   * @return what the reader made of the body
   */
  public <T> T stream(URI url, BodyReader<T> reader) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    StreamTarget target = new StreamTarget(reader);
    switch (scheme) {
      case "file" -> streamFile(url, target);
      case "http", "https" -> readHttp(url, target);
      default -> throw new FetchException(url, 0, "unsupported URL scheme '" + scheme + "'");
    }
    @SuppressWarnings("unchecked")
    T result = (T) target.result();
    return result;
  }

  private void streamFile(URI url, StreamTarget target) {
    Path path = Path.of(url);
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new FetchException(url, 0, "not a regular file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      target.read(null, in, settings.maxBytes());
    } catch (NoSuchFileException e) {
      throw new FetchException(url, 404, "no such file");
    } catch (StreamTarget.ReaderFailure e) {
      throw unwrap(url, e);
    } catch (IOException e) {
      throw new FetchException(url, "cannot read: " + describe(e), e);
    }
  }

  /** What a reader threw, as it threw it. */
  private static RuntimeException unwrap(URI url, StreamTarget.ReaderFailure failure) {
    Throwable cause = failure.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new FetchException(url, "cannot keep: " + cause.getMessage(), cause);
  }

  private Response readFile(URI url) {
    Path path = Path.of(url);
    // Never a FIFO or a device: either could block or never end.
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      throw new FetchException(url, 0, "not a regular file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
      if (bytes.length > settings.maxBytes()) {
        throw new FetchException(url, 0, "larger than " + settings.maxBytes() + " bytes");
      }
      return new Response(url, null, bytes);
    } catch (NoSuchFileException e) {
      throw new FetchException(url, 404, "no such file");
    } catch (IOException e) {
      throw new FetchException(url, "cannot read: " + e.getMessage(), e);
    }
  }

  private Response readHttp(URI url) {
    return readHttp(url, null);
  }

  /** The resource, its body read through {@code target}'s reader when that is not null. */
  private Response readHttp(URI url, StreamTarget target) {
    if (settings.offline()) {
      throw new FetchException(url, 0, "offline: no network request made");
    }
    Request.Builder builder = new Request.Builder()
        .url(url.toString())
        .header("User-Agent", settings.userAgent());
    if (target != null) {
      builder.tag(StreamTarget.class, target);
    }
    Request request = builder.build();
    try {
      return await(url, client.newCall(request));
    } catch (FetchException e) {
      counter.countFailure();
      throw e;
    }
  }

  /**
   * Runs the call on OkHttp's dispatcher, which holds the per-host limit, and waits for it. An
   * interrupt of the waiting thread cancels the call.
   */
  private Response await(URI url, Call call) {
    CompletableFuture<Response> result = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call c, okhttp3.Response response) {
        try (response) {
          result.complete(convert(url, response));
        } catch (IOException | RuntimeException e) {
          result.completeExceptionally(e);
        }
      }
    });
    try {
      return result.get();
    } catch (InterruptedException e) {
      call.cancel();
      Thread.currentThread().interrupt();
      throw new FetchException(url, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof FetchException fetch) {
        throw fetch;
      }
      if (cause instanceof StreamTarget.ReaderFailure failure) {
        throw unwrap(url, failure);
      }
      if (cause instanceof IOException io) {
        throw new FetchException(url, describe(io), io);
      }
      throw new FetchException(url, String.valueOf(cause), cause);
    }
  }

  private static Response convert(URI url, okhttp3.Response response) throws IOException {
    URI finalUrl = URI.create(response.request().url().toString());
    if (!response.isSuccessful()) {
      throw new FetchException(finalUrl, response.code(), "HTTP " + response.code());
    }
    return new Response(finalUrl, response.header("Content-Type"), response.body().bytes());
  }

  /** A short reason a reader can act on, for the failure report and the status line. */
  private String describe(IOException e) {
    if (e instanceof RetryInterceptor.TooLargeException) {
      return e.getMessage();
    }
    if (e instanceof SocketTimeoutException) {
      return "timed out: no answer for " + seconds(settings.readTimeout());
    }
    if (e instanceof InterruptedIOException) {
      return "took longer than " + seconds(settings.deadline());
    }
    if (e instanceof UnknownHostException) {
      return "unknown host " + e.getMessage() + " (no network?)";
    }
    if (e instanceof ConnectException) {
      return "cannot connect: " + e.getMessage();
    }
    if (e instanceof RedirectInterceptor.RedirectLoopException) {
      return "too many redirects (a redirect loop?)";
    }
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s",
        millis / 1000.0);
  }

  @Override
  public void close() {
    if (client != null) {
      HttpClients.close(client);
    }
    HttpClients.unlockCache(settings, cacheLock);
  }
}
