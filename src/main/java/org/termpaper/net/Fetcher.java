package org.termpaper.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;

/**
 * Reads resources by URL: {@code http(s):} through OkHttp, {@code file:} from the disk, with one
 * size bound for both. Thread-safe; share one per process, since it holds the connection pool.
 */
public final class Fetcher implements AutoCloseable {
  private final HttpSettings settings;
  private final OkHttpClient client;

  public Fetcher(HttpSettings settings) {
    this.settings = settings;
    this.client = new OkHttpClient.Builder()
        .connectTimeout(settings.connectTimeout())
        .readTimeout(settings.readTimeout())
        .followRedirects(true)
        .followSslRedirects(true)
        .build();
  }

  public HttpSettings settings() {
    return settings;
  }

  /** The resource at {@code url}; a non-2xx status, an I/O error or an oversized body throws. */
  public Response get(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
    return switch (scheme) {
      case "file" -> readFile(url);
      case "http", "https" -> readHttp(url);
      default -> throw new FetchException(url, 0, "unsupported URL scheme '" + scheme + "'");
    };
  }

  private Response readFile(URI url) {
    Path path = Path.of(url);
    try (InputStream in = Files.newInputStream(path)) {
      return new Response(url, null, readBounded(url, in));
    } catch (NoSuchFileException e) {
      throw new FetchException(url, 404, "no such file");
    } catch (IOException e) {
      throw new FetchException(url, "cannot read: " + e.getMessage(), e);
    }
  }

  private Response readHttp(URI url) {
    if (settings.offline()) {
      throw new FetchException(url, 0, "offline: no network request made");
    }
    Request request = new Request.Builder()
        .url(url.toString())
        .header("User-Agent", settings.userAgent())
        .build();
    Call call = client.newCall(request);
    try (okhttp3.Response response = call.execute()) {
      URI finalUrl = URI.create(response.request().url().toString());
      if (!response.isSuccessful()) {
        throw new FetchException(finalUrl, response.code(), "HTTP " + response.code());
      }
      ResponseBody body = response.body();
      long declared = body.contentLength();
      if (declared > settings.maxBytes()) {
        throw tooLarge(finalUrl);
      }
      byte[] bytes = readBounded(finalUrl, body.byteStream());
      return new Response(finalUrl, response.header("Content-Type"), bytes);
    } catch (InterruptedIOException e) {
      throw new FetchException(url, "timed out", e);
    } catch (IOException e) {
      throw new FetchException(url, describe(e), e);
    }
  }

  private byte[] readBounded(URI url, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
    if (bytes.length > settings.maxBytes()) {
      throw tooLarge(url);
    }
    return bytes;
  }

  private FetchException tooLarge(URI url) {
    return new FetchException(url, 0, "larger than " + settings.maxBytes() + " bytes");
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + message;
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
