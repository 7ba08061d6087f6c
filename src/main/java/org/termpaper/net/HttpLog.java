package org.termpaper.net;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Writes one line per exchange with a server to the log (level FINE, which the command line
 * turns on with {@code --debug}): method, URL, status, encoding, length and time. A network
 * interceptor, so it sees what went over the wire, not what the cache answered. Thread-safe.
 */
final class HttpLog implements Interceptor {
  static final Logger LOG = Logger.getLogger("org.termpaper.net.http");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isLoggable(Level.FINE)) {
      return chain.proceed(request);
    }
    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      long millis = (System.nanoTime() - start) / 1_000_000;
      LOG.fine(request.method() + " " + request.url() + conditional(request) + " -> "
          + response.code() + " " + describe(response) + " " + millis + " ms");
      return response;
    } catch (IOException e) {
      LOG.fine(request.method() + " " + request.url() + " -> " + e);
      throw e;
    }
  }

  private static String conditional(Request request) {
    boolean conditional = request.header("If-None-Match") != null
        || request.header("If-Modified-Since") != null;
    return conditional ? " (conditional)" : "";
  }

  private static String describe(Response response) {
    String encoding = response.header("Content-Encoding");
    String length = response.header("Content-Length");
    return (encoding == null ? "identity" : encoding)
        + (length == null ? "" : ", " + length + " bytes");
  }
}
