package org.termpaper.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>OkHttp's disk cache cannot be shared: two clients on one folder (the text UI and a
 * {@code fetch} from cron) would corrupt its journal. A client uses the cache only while it holds
 * the lock file beside it ({@link #lockCache}); the one that comes second runs without a cache.
 */
final class HttpClients {
  private static final Logger LOG = Logger.getLogger(HttpClients.class.getName());

  /** The lock files this process holds, so that no second channel is ever opened on one. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private HttpClients() {}

  /**
   * Locks the settings' cache folder for one client, or returns null when there is no cache or
   * another process (or another fetcher of this one) holds it, which the log then says. Release
   * it by closing its channel, after the client's cache is closed.
   */
  static FileLock lockCache(HttpSettings settings) {
    if (settings.offline() || settings.cacheDir() == null || settings.cacheBytes() == 0) {
      return null;
    }
    Path file = settings.cacheDir().resolve("http.lock");
    // Closing any channel on the lock file would drop every lock this process holds on it (POSIX
    // locks belong to the process), so a second fetcher of this process never opens one.
    if (!HELD.add(key(settings))) {
      LOG.info(() -> "the HTTP cache in " + settings.cacheDir() + " is in use by another fetcher"
          + " of this process; running without it");
      return null;
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(settings.cacheDir());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
    } catch (OverlappingFileLockException e) {
      // Held by another fetcher of this process: the same as another process.
    } catch (IOException e) {
      LOG.log(Level.WARNING, "cannot lock the HTTP cache (" + file + "); running without it", e);
      closeQuietly(channel);
      HELD.remove(key(settings));
      return null;
    }
    closeQuietly(channel);
    HELD.remove(key(settings));
    LOG.info(() -> "the HTTP cache in " + settings.cacheDir() + " is in use by another termpaper"
        + " process; running without it");
    return null;
  }

  /** Gives back a lock {@link #lockCache} returned for {@code settings}; null is nothing. */
  static void unlockCache(HttpSettings settings, FileLock lock) {
    if (lock != null) {
      closeQuietly(lock.channel());
      HELD.remove(key(settings));
    }
  }

  private static Path key(HttpSettings settings) {
    return settings.cacheDir().resolve("http.lock").toAbsolutePath().normalize();
  }

  /**
   * The client for {@code settings}, with the disk cache only when {@code cacheLocked} (see
   * {@link #lockCache}).
   */
  static OkHttpClient build(HttpSettings settings, TransferCounter counter, boolean cacheLocked) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(settings.maxPerHost());
    dispatcher.setMaxRequests(Math.max(64, settings.maxPerHost()));
    EnvProxySelector proxies = proxies(settings);
    Cache cache = cacheLocked && settings.cacheDir() != null && settings.cacheBytes() > 0
        ? new Cache(settings.cacheDir().resolve("http").toFile(), settings.cacheBytes()) : null;
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .writeTimeout(settings.readTimeout())
        .callTimeout(settings.deadline())
        // Redirects are followed by RedirectInterceptor, which counts them itself.
        .followRedirects(false)
        .followSslRedirects(false)
        .proxySelector(proxies)
        .proxyAuthenticator(authenticator(proxies.withCredentials()))
        .eventListener(counter)
        .cache(cache)
        .addInterceptor(new RedirectInterceptor())
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

  /** Releases a cache lock and its file handle; null is allowed. */
  static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "cannot close the HTTP cache lock", e);
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
