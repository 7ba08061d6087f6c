package org.termpaper.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.layout.LineBreaker;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.picture.Protocol;
import org.termpaper.source.EditionSource;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Action;
import org.termpaper.ui.nav.Mode;
import org.termpaper.ui.nav.Note;
import org.termpaper.ui.nav.Reader;
import org.termpaper.ui.term.KeyInput;
import org.termpaper.ui.term.Screen;
import org.termpaper.ui.term.Size;

/**
 * The reading UI's loop on one thread: takes events (keys, resizes, loaded issues), hands them
 * to the navigation model, keeps the loader in step with what the reader wants, and draws.
 * Works on any input and output stream, so tests run it on a pipe and a station runs many in one
 * process: when {@link #run} returns, every thread it started has ended and its input is closed.
 * Not thread-safe, except {@link #resized}, which any thread may call.
 */
final class ReaderApp {
  /** ICU's break rules are loaded once per process, by the first reader. */
  private static final AtomicBoolean WARMED = new AtomicBoolean();

  private final UiSettings settings;
  private final Supplier<EditionSource> source;
  private final Downloads downloads;
  private final ArchiveAccess archive;
  private final InputStream in;
  private final Supplier<Size> size;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Reader reader;
  private final ReaderView view;
  private final Screen screen;
  private final TerminalLock terminal;
  private final PictureLoader pictures;
  /** False where pictures cannot be read at all (a station's session): nothing to ready. */
  private final boolean picturesReadable;
  private final PictureView pictureView;
  private final PageImageView pageImageView;
  private Activity activity;
  /** How the source reaches its paper; becomes {@link Link#ARCHIVED} when the network fails. */
  private Link link;
  private String fatal;
  /** The article whose pictures were last asked for ahead ({@code prefetch-images}). */
  private Object prefetchedFor;
  /** Set when the loop has ended, so that the key thread's interrupt is no failure. */
  private volatile boolean ending;

  /**
   * @param downloads what the {@code d} key calls, on a worker thread
   * @param archive what the all-issues search reads, and where an issue the source cannot give
   *     is looked for; on worker threads
   * @param terminal the lock held while writing to {@code out}, shared with whatever restores
   *     the terminal at exit
   */
  ReaderApp(UiSettings settings, Supplier<EditionSource> source, Downloads downloads,
      ArchiveAccess archive, InputStream in, OutputStream out, Supplier<Size> size,
      TerminalLock terminal) {
    this(settings, source, downloads, archive, PictureBytes.NONE, in, out, size, terminal);
  }

  /** @param pictures where the {@code i} key's pictures are read, on a worker thread */
  ReaderApp(UiSettings settings, Supplier<EditionSource> source, Downloads downloads,
      ArchiveAccess archive, PictureBytes pictures, InputStream in, OutputStream out,
      Supplier<Size> size, TerminalLock terminal) {
    this.settings = settings;
    this.source = source;
    this.downloads = downloads;
    this.archive = archive;
    this.in = in;
    this.size = size;
    this.terminal = terminal;
    this.reader = new Reader(settings.keys(), settings.prefetch());
    this.view = new ReaderView(settings.texts(), Theme.of(settings.palette()), settings.keys(),
        new ArticleLayout(settings.width()));
    Size now = size.get();
    this.screen = new Screen(settings.width(), settings.palette(), out, now.columns(), now.rows());
    this.link = settings.link();
    this.activity = Activity.idle(link);
    this.pictures = new PictureLoader(pictures, events::add);
    this.picturesReadable = pictures != PictureBytes.NONE;
    this.pictureView = new PictureView(settings.texts(), Theme.of(settings.palette()),
        settings.pictures(), new LineBreaker(settings.width()));
    this.pageImageView = new PageImageView(settings.texts(), Theme.of(settings.palette()),
        settings.pictures());
  }

  /** True when the reader left with Ctrl-C, for the exit status 130 a shell expects. */
  boolean interrupted() {
    return reader.interrupted();
  }

  /** Asks for a redraw at the terminal's new size. */
  void resized() {
    events.add(new Event.Resize());
  }

  /**
   * Runs until the reader quits or the input ends, the terminal taken meanwhile, then closes the
   * input and ends every thread it started. Returns null, or why the reader had to end: the
   * source could not be opened, or the keys could not be read.
   */
  String run(LocalDate date) throws InterruptedException {
    KeyInput input = new KeyInput(in);
    Thread keys = new Thread(() -> readKeys(input), "termpaper-keys");
    keys.setDaemon(true);
    Thread warm = null;
    try (Loader loader = new Loader(source, archive, events::add);
        DownloadWorker downloader = new DownloadWorker(downloads, events::add);
        SearchWorker searcher = new SearchWorker(archive, events::add);
        ReadAloudWorker speech = new ReadAloudWorker(settings.speech(), events::add)) {
      terminal.write(screen::start);
      reader.start(date);
      loader.start(date);
      keepLoading(loader);
      warm = warmUp();
      keys.start();
      draw();
      while (!reader.quit() && fatal == null) {
        handle(events.take(), loader);
        for (Event more = events.poll(); more != null && !reader.quit() && fatal == null;
            more = events.poll()) {
          handle(more, loader);
        }
        keepLoading(loader);
        downloader.start(reader.download().take());
        searcher.start(reader.search().take());
        speech.take(reader.readAloud());
        pictures.view(reader.pictures().viewing().take());
        draw();
      }
    } finally {
      ending = true;
      input.close();
      keys.interrupt();
      Workers.awaitEnd(keys);
      Workers.awaitEnd(warm);
      pictures.close();
      terminal.giveBack(screen::stop);
    }
    return fatal;
  }

  private void handle(Event event, Loader loader) {
    if (event instanceof Event.Key key) {
      if (KeyInput.END.equals(key.name())) {
        reader.act(Action.QUIT);
      } else if (key.name() != null) {
        reader.key(key.name());
      }
    } else if (event instanceof Event.Resize) {
      Size now = size.get();
      screen.resize(now.columns(), now.rows());
    } else if (event instanceof Event.SourceFailed failed) {
      fatal = failed.reason();
    } else if (event instanceof Event.InputFailed failed) {
      fatal = "cannot read the keys: " + failed.reason();
    } else if (event instanceof Event.CalendarReady ready) {
      reader.calendarLoaded(ready.calendar());
    } else if (event instanceof Event.FellBack) {
      link = Link.ARCHIVED;
      activity = new Activity(link, activity.loading(), activity.done(), activity.total());
    } else if (event instanceof Event.Focus focus) {
      reader.focusOn(focus.articleId());
    } else if (event instanceof Event.CalendarFailed failed) {
      reader.calendarFailed(failed.reason());
    } else if (event instanceof Event.Loaded loaded) {
      loader.arrived(loaded.asked(), loaded.edition());
      if (reader.issueLoaded(loaded.asked(), loaded.edition())) {
        activity = Activity.idle(link);
      }
    } else if (event instanceof Event.Failed failed) {
      loader.failed(failed.asked());
      reader.issueFailed(failed.asked(), failed.reason());
      activity = Activity.idle(link);
    } else if (event instanceof Event.Progress progress) {
      if (reader.issues().wants(progress.asked())) {
        activity = new Activity(link, true, progress.done(), progress.total());
      }
    } else if (!ReadAloudWorker.handle(event, reader.readAloud())) {
      archiveWork(event);
    }
  }

  /** Tells the reader how a download into the archive, or a search of it, went. */
  private void archiveWork(Event event) {
    if (event instanceof Event.DownloadProgress step) {
      reader.download().progress(step.date(), step.done(), step.total());
    } else if (event instanceof Event.Downloaded done) {
      reader.download().finished(done.date(), done.result().articles(),
          done.result().failures().size());
    } else if (event instanceof Event.DownloadFailed failed) {
      reader.download().failed(failed.date(), failed.reason());
    } else if (event instanceof Event.Searched found) {
      reader.search().found(found.serial(), found.results(), found.more());
    } else if (event instanceof Event.NothingArchived nothing) {
      reader.search().nothingArchived(nothing.serial());
    } else if (event instanceof Event.SearchFailed failed) {
      reader.search().failed(failed.serial(), failed.reason());
    } else if (event instanceof Event.PictureReady ready) {
      pictures.arrived(ready.url(), ready.result());
    } else if (event instanceof Event.Viewed viewed) {
      if (viewed.failed()) {
        reader.pictures().viewing().failed(viewed.message());
      } else {
        reader.pictures().viewing().viewed(viewed.message());
      }
    }
  }

  /** Loads what the reader wants and the issues it wants ahead; shows a kept one at once. */
  private void keepLoading(Loader loader) {
    LocalDate wanted = reader.issues().wanted();
    if (wanted != null) {
      loader.kept(wanted).ifPresent(kept -> reader.issueLoaded(wanted, kept));
    }
    loader.sync(reader.issues().wanted(), reader.issues().ahead());
  }

  private void draw() {
    Activity now = reader.issues().loading() ? activity : Activity.idle(link);
    int scroll = reader.scroll();
    view.draw(screen.grid(), reader, now);
    if (reader.scroll() != scroll) {
      view.draw(screen.grid(), reader, now);
    }
    if (hasPictures(reader)) {
      pictures.warmUp();
      prefetchPictures();
    }
    boolean room = !ReaderView.tooSmall(screen.grid());
    Note note = reader.note().orElse(null);
    screen.graphic(reader.mode() == Mode.PICTURES && room
        ? pictureView.draw(screen.grid(), reader.pictures(), pictures, note)
        : reader.mode() == Mode.PAGE_IMAGE && room
            ? pageImageView.draw(screen.grid(), reader.pictures().pageImage(), pictures, note)
            : null);
    terminal.write(screen::refresh);
  }

  /** True when the open article has a picture that would be drawn. */
  /**
   * With {@code prefetch-images}, asks once per opened article for its first pictures (as many
   * as the picture loader keeps), so that {@code i} shows them at once.
   */
  private void prefetchPictures() {
    Object open = reader.open().orElse(null);
    if (!settings.prefetchImages() || Objects.equals(open, prefetchedFor)) {
      return;
    }
    prefetchedFor = open;
    reader.edition().article(reader.open().get()).figures().stream()
        .map(Figure::src).filter(Objects::nonNull).limit(PictureLoader.KEPT)
        .forEach(pictures::want);
  }

  private boolean hasPictures(Reader reader) {
    Edition shown = reader.edition();
    return picturesReadable && shown != null && reader.open().isPresent()
        && settings.pictures().protocol() != Protocol.OFF
        && shown.article(reader.open().get()).figures().stream().anyMatch(f -> f.src() != null);
  }

  /**
   * Loads ICU's break rules for clusters and lines on a spare thread while the issue loads, so
   * that neither the first screen nor the first article waits for them; the first reader of the
   * process does, and returns that thread (else null).
   */
  private Thread warmUp() {
    if (!WARMED.compareAndSet(false, true)) {
      return null;
    }
    Thread warm = new Thread(() -> {
      Article article = new Article("warm-up", null, null, "标题", null, null,
          List.of("预热：第一段文字，含“引号”和 emoji 😀。"), List.of());
      new ArticleLayout(settings.width()).layout(article, 40);
    }, "termpaper-warm-up");
    warm.setDaemon(true);
    warm.start();
    return warm;
  }

  /**
   * Posts each key, then the end of the input; a failure of the input ends the reader with its
   * reason, and goes to the log. Ends when the input does, or when the loop has ended.
   */
  private void readKeys(KeyInput input) {
    try {
      while (true) {
        String key = input.next();
        events.add(new Event.Key(key));
        if (KeyInput.END.equals(key)) {
          return;
        }
      }
    } catch (IOException e) {
      if (!ending) {
        events.add(new Event.InputFailed(Failures.logged("reading the keys", e)));
      }
    }
  }
}
