package org.termpaper.ui;

import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.termpaper.picture.Picture;
import org.termpaper.picture.PictureDecoder;
import org.termpaper.ui.nav.ViewRequest;

/**
 * Fetches and decodes the pictures the reader asks for, off the UI thread, one at a time, and
 * keeps the last few decoded. Each answer is an {@link Event}; a failure of any kind is answered
 * with one line. {@link #want} and {@link #arrived} are called on the UI thread only.
 */
final class PictureLoader implements AutoCloseable {
  static final int KEPT = 3;
  /** A JPEG of one grey pixel. */
  private static final String ONE_PIXEL = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS"
      + "Ew8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAA"
      + "AAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==";

  /** A decoded picture, or why there is none, with the bytes fetched and where from. */
  record Result(Picture picture, String failure, long bytes, String from) {}

  private final PictureBytes source;
  private final PictureDecoder decoder = new PictureDecoder();
  private final Consumer<Event> post;
  private final ExecutorService worker = Workers.named("termpaper-pictures", 1);
  private final Map<String, Result> kept = new LinkedHashMap<>(8, 0.75f, true);
  private final Set<String> pending = new HashSet<>();
  private boolean warm;

  PictureLoader(PictureBytes source, Consumer<Event> post) {
    this.source = source;
    this.post = post;
  }

  /** The picture at {@code url} if it has arrived, else null; asks for it once. */
  Result want(String url) {
    if (url == null) {
      return null;
    }
    Result result = kept.get(url);
    if (result == null && pending.add(url)) {
      worker.submit(() -> post.accept(new Event.PictureReady(url, load(url))));
    }
    return result;
  }

  /** Hands {@code request}'s file to the viewer, off the UI thread; nothing when it is null. */
  void view(ViewRequest request) {
    if (request == null) {
      return;
    }
    worker.submit(() -> {
      try {
        post.accept(new Event.Viewed(source.view(request.url(), request.name()), false));
      } catch (Throwable e) {
        post.accept(new Event.Viewed(Failures.logged("opening " + request.url(), e), true));
      }
    });
  }

  /**
   * Readies the decoders on the worker thread, once, by decoding a picture of one pixel: the
   * first use of ImageIO and its JPEG plugin loads them, which would otherwise cost the first
   * {@code i} a good part of a second. Called when an article with pictures is opened.
   */
  void warmUp() {
    if (warm) {
      return;
    }
    warm = true;
    worker.submit(() -> {
      try {
        decoder.decode(Base64.getDecoder().decode(ONE_PIXEL), "warm-up.jpg");
      } catch (RuntimeException e) {
        // a failure here shows again, with its reason, on the first real picture
      }
    });
  }

  /** Keeps what arrived for {@code url}. */
  void arrived(String url, Result result) {
    pending.remove(url);
    kept.put(url, result);
    while (kept.size() > KEPT) {
      kept.remove(kept.keySet().iterator().next());
    }
  }

  private Result load(String url) {
    long bytes = 0;
    String from = null;
    try {
      PictureBytes.Fetched fetched = source.read(url);
      bytes = fetched.data().length;
      from = fetched.from();
      return new Result(decoder.decode(fetched.data(), url), null, bytes, from);
    } catch (Throwable e) {
      return new Result(null, Failures.logged("showing the picture " + url, e), bytes, from);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
