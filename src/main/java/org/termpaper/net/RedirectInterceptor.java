package org.termpaper.net;

import java.io.IOException;
import java.net.ProtocolException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows redirects (300, 301, 302, 303, 307, 308 with a {@code Location}) itself, rather than
 * leave them to OkHttp, so that a redirect loop is told by counting and by a type of ours
 * ({@link RedirectLoopException}), not by the wording of a library's message. A redirect to
 * another scheme than {@code http(s)}, or without a {@code Location}, is not followed: its answer
 * is the answer. Each hop goes through the interceptors after it (retries, cache) as a request
 * of its own. Stateless and thread-safe.
 */
final class RedirectInterceptor implements Interceptor {
  /** Redirects followed before a chain of them is called a loop; as many as browsers allow. */
  static final int MAX_REDIRECTS = 20;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int redirects = 0; ; redirects++) {
      Response response = chain.proceed(request);
      Request next = redirect(response);
      if (next == null) {
        return response;
      }
      response.close();
      if (redirects == MAX_REDIRECTS) {
        throw new RedirectLoopException(MAX_REDIRECTS);
      }
      request = next;
    }
  }

  /** The request a redirect asks for, or null when {@code response} is not one to follow. */
  static Request redirect(Response response) {
    int code = response.code();
    boolean redirect = code == 300 || code == 301 || code == 302 || code == 303 || code == 307
        || code == 308;
    String location = response.header("Location");
    if (!redirect || location == null) {
      return null;
    }
    HttpUrl from = response.request().url();
    HttpUrl to = from.resolve(location);
    if (to == null) {
      return null; // another scheme, or no URL at all
    }
    Request.Builder next = response.request().newBuilder().url(to);
    String method = response.request().method();
    boolean keepsMethod = code == 307 || code == 308;
    if (!keepsMethod && !method.equals("GET") && !method.equals("HEAD")) {
      next.get();
    }
    if (!from.host().equals(to.host())) {
      next.removeHeader("Authorization");
    }
    return next.build();
  }

  /** More redirects in a row than {@link #MAX_REDIRECTS}: a loop, not worth asking again. */
  static final class RedirectLoopException extends ProtocolException {
    RedirectLoopException(int followed) {
      super("more than " + followed + " redirects in a row");
    }
  }
}
