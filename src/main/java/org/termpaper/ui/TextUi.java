package org.termpaper.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.source.EditionSource;
import org.termpaper.text.TextCleaner;
import org.termpaper.ui.term.Screen;
import org.termpaper.ui.term.Terminal;
import org.termpaper.ui.term.Tty;

/**
 * The entry to the reading UI on this process's terminal. Takes the terminal (raw mode,
 * alternate screen) and gives it back on every way out: a normal quit, a failure, and a signal
 * such as Ctrl-C from outside or SIGTERM, through a shutdown hook.
 */
public final class TextUi {
  /** The exit status after Ctrl-C, 128 + SIGINT, as shells expect. */
  public static final int INTERRUPTED = 130;

  private TextUi() {}

  /**
   * Runs the reader on the source {@code source} opens, opening the issue of {@code date} (the
   * newest when null), and returns the exit code. The source is opened and closed by the UI, off
   * its thread, so that the screen is up at once; {@code networkSource} says whether it reads
   * over the network, which sets what is loaded ahead by default. {@code downloads} is behind the
   * {@code d} key and {@code archive} behind the all-issues search (and read when the source
   * cannot give an issue the archive holds). Problems before the UI starts (a bad setting in the
   * config file, no terminal), and a source that cannot be opened, go to {@code err} as one line,
   * with exit code 1; Ctrl-C ends with 130, after the terminal is given back.
   */
  public static int run(Supplier<EditionSource> source, boolean networkSource,
      Downloads downloads, ArchiveAccess archive, LocalDate date, Config config, boolean offline,
      Map<String, String> env, boolean interactive, PrintWriter err) {
    return run(source, networkSource, downloads, archive, PictureBytes.NONE, date, config,
        offline, env, interactive, err);
  }

  /** As above, with {@code pictures} behind the {@code i} key. */
  public static int run(Supplier<EditionSource> source, boolean networkSource,
      Downloads downloads, ArchiveAccess archive, PictureBytes pictures, LocalDate date,
      Config config, boolean offline, Map<String, String> env, boolean interactive,
      PrintWriter err) {
    UiSettings settings;
    try {
      settings = UiSettings.of(config, env, offline, networkSource);
    } catch (ConfigException e) {
      err.println("termpaper: " + e.getMessage());
      return 1;
    }
    Optional<String> problem = Tty.problem(env, interactive);
    if (problem.isPresent()) {
      err.println("termpaper: " + problem.get());
      return 1;
    }
    Tty tty;
    try {
      tty = Tty.open(env);
    } catch (IOException e) {
      err.println("termpaper: cannot set up the terminal: " + e.getMessage());
      return 1;
    }
    Thread[] hook = new Thread[1];
    return runOn(tty, source, downloads, archive, pictures, date, settings, err, restore -> {
      hook[0] = new Thread(restore, "termpaper-restore");
      Runtime.getRuntime().addShutdownHook(hook[0]);
    }, () -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook[0]);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
    });
  }

  /**
   * Runs the reader as {@link #run} does, on {@code terminal}, one of many that a station serves:
   * an SSH session's channel. Its settings come from {@code config} and the session's own
   * {@code env} ({@code TERM}, {@code LANG}, {@code NO_COLOR}); no shutdown hook is set, since
   * whoever serves the terminal ends the session by ending its input. Returns the exit code; the
   * line of a failure goes to {@code err} after the terminal is given back.
   */
  public static int session(Terminal terminal, Supplier<EditionSource> source,
      boolean networkSource, Downloads downloads, ArchiveAccess archive, LocalDate date,
      Config config, boolean offline, Map<String, String> env, PrintWriter err) {
    UiSettings settings;
    try {
      settings = UiSettings.of(config, env, offline, networkSource);
    } catch (ConfigException e) {
      err.println("termpaper: " + e.getMessage());
      return 1;
    }
    return runOn(terminal, source, downloads, archive, PictureBytes.NONE, date, settings, err,
        restore -> { }, () -> { });
  }

  private static int runOn(Terminal tty, Supplier<EditionSource> source, Downloads downloads,
      ArchiveAccess archive, PictureBytes pictures, LocalDate date, UiSettings settings,
      PrintWriter err, Consumer<Runnable> onExit, Runnable exited) {
    TerminalLock terminal = new TerminalLock();
    OutputStream out = tty.output();
    ReaderApp app = new ReaderApp(settings, source, downloads, archive, pictures, tty.input(),
        out, tty::size, terminal);
    onExit.accept(() -> giveBack(tty, out, terminal));
    tty.onResize(app::resized);
    try {
      String fatal = app.run(date);
      if (fatal != null) {
        giveBack(tty, out, terminal);
        err.println("termpaper: " + TextCleaner.line(fatal));
        return 1;
      }
      return app.interrupted() ? INTERRUPTED : 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      giveBack(tty, out, terminal);
      exited.run();
    }
  }

  private static void giveBack(Terminal tty, OutputStream out, TerminalLock terminal) {
    terminal.giveBack(() -> {
      try {
        out.write(Screen.RESTORE.getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // the terminal is gone; its settings may still be restored
      }
    });
    tty.restore();
  }
}
