package org.termpaper.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Authenticator;
import okhttp3.Cache;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.termpaper.model.TermpaperException;

/**
 * Builds the one OkHttp client of a {@link Fetcher} from its settings: timeouts, the per-host
 * limit, the disk cache, retries, proxies from the environment, the HTTP log and the transfer
 * counter. Gzip needs nothing here: OkHttp asks for it and unpacks it by itself.
 */
final class HttpClients {
  private static final Logger LOG = Logger.getLogger(HttpClients.class.getName());

  private HttpClients() {}

  static OkHttpClient build(HttpSettings settings, TransferCounter counter) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(settings.maxPerHost());
    dispatcher.setMaxRequests(Math.max(64, settings.maxPerHost()));
    EnvProxySelector proxies = proxies(settings);
    Cache cache = settings.cacheDir() != null && settings.cacheBytes() > 0
        ? new Cache(settings.cacheDir().resolve("http").toFile(), settings.cacheBytes()) : null;
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.deadline())
        .followRedirects(true)
        .followSslRedirects(true)
        .proxySelector(proxies)
        .proxyAuthenticator(authenticator(proxies.withCredentials()))
        .eventListener(counter)
        .cache(cache)
        .addInterceptor(new RetryInterceptor(
            settings.retries(), settings.backoff(), settings.maxBytes(), cache))
        .addNetworkInterceptor(new HttpLog());
    return builder.build();
  }

  static void close(OkHttpClient client) {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    Cache cache = client.cache();
    if (cache != null) {
      try {
        cache.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "cannot close the HTTP cache", e);
      }
    }
  }

  private static EnvProxySelector proxies(HttpSettings settings) {
    EnvProxySelector selector = new EnvProxySelector(settings.proxyEnv());
    try {
      selector.withCredentials();
      return selector;
    } catch (IllegalArgumentException e) {
      throw new TermpaperException("proxy setting in the environment: " + e.getMessage(), e);
    }
  }

  /** Answers a proxy's 407 with the credentials written in the proxy URL, once. */
  private static Authenticator authenticator(List<EnvProxySelector.ProxyUrl> proxies) {
    return (route, response) -> {
      if (route == null || response.request().header("Proxy-Authorization") != null) {
        return null;
      }
      if (!(route.proxy().address() instanceof InetSocketAddress address)) {
        return null;
      }
      for (EnvProxySelector.ProxyUrl proxy : proxies) {
        if (proxy.host().equalsIgnoreCase(address.getHostString())
            && proxy.port() == address.getPort()) {
          return response.request().newBuilder()
              .header("Proxy-Authorization", Credentials.basic(proxy.user(), proxy.password()))
              .build();
        }
      }
      return null;
    };
  }
}
