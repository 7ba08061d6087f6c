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
 * while reading. Thread-safe.
 *
 * <p>Not retried, since asking again would only repeat them: timeouts (a server silent for the
 * whole read timeout is stuck, and the deadline would soon end the call anyway), protocol errors
 * such as a redirect loop (but a body cut short is retried), an unknown host, TLS failures, and a
 * body over the size bound.
 */
final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = Logger.getLogger(RetryInterceptor.class.getName());

  private final int retries;
  private final Duration backoff;
  private final long maxBytes;
  private final Cache cache;

  /**
   * @param cache the client's disk cache, or null; a body that fails to read is evicted from
   *     it, since a gzip stream cut short can be stored whole and would fail from the cache
   */
  RetryInterceptor(int retries, Duration backoff, long maxBytes, Cache cache) {
    this.retries = retries;
    this.backoff = backoff;
    this.maxBytes = maxBytes;
    this.cache = cache;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        Response response = chain.proceed(chain.request());
        if (isRetriable(response.code()) && attempt < retries) {
          response.close();
          LOG.fine(() -> chain.request().url() + ": HTTP " + response.code() + ", retrying");
          pause(chain, attempt);
          continue;
        }
        return buffered(response);
      } catch (IOException e) {
        evict(chain.request().url());
        if (!isRetriable(e) || attempt >= retries || chain.call().isCanceled()) {
          throw e;
        }
        LOG.fine(() -> chain.request().url() + ": " + e + ", retrying");
        pause(chain, attempt);
      }
    }
  }

  static boolean isRetriable(int status) {
    return status == 500 || status == 502 || status == 503 || status == 504;
  }

  static boolean isRetriable(IOException e) {
    if (e instanceof ProtocolException) {
      // A body cut short is worth another try; a redirect loop or a garbled answer is not.
      return String.valueOf(e.getMessage()).contains("unexpected end of stream");
    }
    return !(e instanceof InterruptedIOException
        || e instanceof UnknownHostException
        || e instanceof SSLException
        || e instanceof TooLargeException);
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

  private void pause(Chain chain, int attempt) throws IOException {
    long millis = backoff.toMillis() << Math.min(attempt, 16);
    try {
      Thread.sleep(millis);
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

  /** A body over the size bound: an error for this resource, not worth asking again. */
  static final class TooLargeException extends IOException {
    TooLargeException(long maxBytes) {
      super("larger than " + maxBytes + " bytes");
    }
  }
}
