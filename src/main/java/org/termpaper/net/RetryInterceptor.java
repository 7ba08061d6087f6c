package org.termpaper.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Iterator;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import okhttp3.Cache;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Asks again, after a pause that doubles each time, when the server answers 5xx or the exchange
 * fails with an I/O error, up to a number of retries. Reads the whole body inside the retry, so
 * that a connection reset halfway through a body is retried too, and enforces the size bound
 * while reading: into memory, or, for a request tagged with a {@link StreamTarget}, through its
 * reader as the body arrives. Thread-safe.
 *
 * <p>Not retried, since asking again would only repeat them: timeouts (a server silent for the
 * whole read timeout is stuck, and the deadline would soon end the call anyway), protocol errors
 * before the body (a garbled status line; but a body cut short is retried), an unknown host, TLS
 * failures, and a body over the size bound. A redirect loop never reaches it: the
 * {@link RedirectInterceptor} before it counts the redirects.
 *
 * <p>The pauses count against the call's deadline ({@link HttpSettings#deadline}): a pause is
 * never longer than the time the call has left, and with none left the last answer or error
 * stands.
 */
final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = Logger.getLogger(RetryInterceptor.class.getName());

  private final int retries;
  private final Duration backoff;
  private final long maxBytes;
  private final Cache cache;
  private final Sleeper sleeper;

  /** Waits between attempts; tests swap it to see the pauses. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * @param cache the client's disk cache, or null; a body that fails to read is evicted from
   *     it, since a gzip stream cut short can be stored whole and would fail from the cache
   */
  RetryInterceptor(int retries, Duration backoff, long maxBytes, Cache cache) {
    this(retries, backoff, maxBytes, cache, Thread::sleep);
  }

  RetryInterceptor(int retries, Duration backoff, long maxBytes, Cache cache, Sleeper sleeper) {
    this.retries = retries;
    this.backoff = backoff;
    this.maxBytes = maxBytes;
    this.cache = cache;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    // The call's timer starts just before the first interceptor, so this is its deadline.
    long timeout = chain.call().timeout().timeoutNanos();
    long deadline = timeout > 0 ? System.nanoTime() + timeout : Long.MAX_VALUE;
    for (int attempt = 0; ; attempt++) {
      boolean inBody = false;
      try {
        Response response = chain.proceed(chain.request());
        long pause = attempt < retries && isRetriable(response.code())
            ? pauseMillis(attempt, deadline, System.nanoTime()) : -1;
        if (pause < 0) {
          inBody = true;
          StreamTarget target = chain.request().tag(StreamTarget.class);
          return target != null && response.isSuccessful() ? streamed(response, target)
              : buffered(response);
        }
        response.close();
        LOG.fine(() -> chain.request().url() + ": HTTP " + response.code() + ", retrying");
        pause(chain, pause);
      } catch (IOException e) {
        evict(chain.request().url());
        long pause = attempt < retries && isRetriable(e, inBody) && !chain.call().isCanceled()
            ? pauseMillis(attempt, deadline, System.nanoTime()) : -1;
        if (pause < 0) {
          throw e;
        }
        LOG.fine(() -> chain.request().url() + ": " + e + ", retrying");
        pause(chain, pause);
      }
    }
  }

  /**
   * The pause before retry {@code attempt + 1}: the backoff doubled {@code attempt} times, but
   * no longer than the time left until {@code deadline} (a {@link System#nanoTime} value); -1
   * when no time is left.
   */
  long pauseMillis(int attempt, long deadline, long now) {
    long leftNanos = deadline - now;
    if (leftNanos <= 0) {
      return -1;
    }
    long wanted = backoff.toMillis() << Math.min(attempt, 16);
    return Math.min(wanted, Math.max(1, leftNanos / 1_000_000));
  }

  static boolean isRetriable(int status) {
    return status == 500 || status == 502 || status == 503 || status == 504;
  }

  /**
   * Whether {@code e} is worth another try; {@code inBody} when it came while reading the body of
   * an answer. Decided by the type and the moment, never by a message's words: a protocol error
   * in a body is a body cut short (retried); before an answer it is a garbled status line or
   * headers (not retried).
   */
  static boolean isRetriable(IOException e, boolean inBody) {
    if (e instanceof ProtocolException) {
      return inBody;
    }
    return !(e instanceof InterruptedIOException
        || e instanceof UnknownHostException
        || e instanceof SSLException
        || e instanceof TooLargeException
        || e instanceof StreamTarget.ReaderFailure);
  }

  private void evict(HttpUrl url) {
    if (cache == null) {
      return;
    }
    try {
      Iterator<String> urls = cache.urls();
      while (urls.hasNext()) {
        if (urls.next().equals(url.toString())) {
          urls.remove();
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "cannot evict " + url + " from the cache: " + e);
    }
  }

  private void pause(Chain chain, long millis) throws IOException {
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
    if (chain.call().isCanceled()) {
      throw new InterruptedIOException("canceled");
    }
  }

  /** The response with its body read into memory, or a {@link TooLargeException}. */
  private Response buffered(Response response) throws IOException {
    try (ResponseBody body = response.body()) {
      long declared = body.contentLength();
      if (declared > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
      BufferedSource source = body.source();
      Buffer buffer = new Buffer();
      while (buffer.size() <= maxBytes) {
        if (source.read(buffer, 64 * 1024) == -1) {
          MediaType type = body.contentType();
          return response.newBuilder().body(ResponseBody.create(buffer.readByteArray(), type))
              .build();
        }
      }
      throw new TooLargeException(maxBytes);
    }
  }

  /**
   * The response after {@code target}'s reader has read its body as it arrived, with an empty
   * body in its place; a {@link TooLargeException} past the size bound.
   */
  private Response streamed(Response response, StreamTarget target) throws IOException {
    try (ResponseBody body = response.body()) {
      if (body.contentLength() > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
      target.read(response.header("Content-Type"), body.byteStream(), maxBytes);
      return response.newBuilder().body(ResponseBody.create(new byte[0], body.contentType()))
          .build();
    }
  }

  /** A body over the size bound: an error for this resource, not worth asking again. */
  static final class TooLargeException extends IOException {
    TooLargeException(long maxBytes) {
      super("larger than " + maxBytes + " bytes");
    }
  }
}
