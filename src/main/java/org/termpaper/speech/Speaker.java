package org.termpaper.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.termpaper.speech.SpokenText.Segment;
import org.termpaper.text.TextCleaner;

/**
 * Speaks the parts of an article one after another, each through its own process of the engine
 * (so that where the reading is is known), run without a shell with the part's text on its
 * standard input, its output dropped and its error output sent to the log. Stopping ends the
 * process and every process it started, and waits for them to be gone; so does closing, which
 * the UI does on exit, and a shutdown hook while a process runs. Thread-safe.
 */
public final class Speaker implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(Speaker.class.getName());
  /** Lines of an engine's error output logged per part, so that a chatty engine cannot flood. */
  private static final int LOGGED_LINES = 20;
  private static final long STOP_WAIT_SECONDS = 5;

  /** What the reading is at; called on the speaker's thread. */
  public interface Listener {
    /** The engine is about to speak {@code segment}. */
    void speaking(Segment segment);

    /** The reading ended by itself: read to the end when {@code failure} is null. */
    void ended(String failure);
  }

  private final Path program;
  private final List<String> arguments;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
    Thread speaker = new Thread(runnable, "termpaper-read-aloud");
    speaker.setDaemon(true);
    return speaker;
  });
  private final Thread hook = new Thread(this::stop, "termpaper-read-aloud-stop");
  private final Object lock = new Object();
  private int generation;
  private Process running;
  private boolean hooked;

  /** A speaker running {@code program} (found on the PATH) with the engine's arguments. */
  public Speaker(Path program, Engine engine) {
    this.program = program;
    this.arguments = engine.command().subList(1, engine.command().size());
  }

  /** Stops whatever is being read and reads {@code segments}; tells {@code listener} how. */
  public void start(List<Segment> segments, Listener listener) {
    int mine;
    synchronized (lock) {
      mine = ++generation;
      end(running);
      running = null;
      if (!hooked) {
        Runtime.getRuntime().addShutdownHook(hook);
        hooked = true;
      }
    }
    thread.submit(() -> read(mine, segments, listener));
  }

  /** Stops the reading: the engine's process and its children are gone when this returns. */
  public void stop() {
    synchronized (lock) {
      generation++;
      end(running);
      running = null;
    }
  }

  @Override
  public void close() {
    stop();
    thread.shutdownNow();
    synchronized (lock) {
      if (hooked) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running or has run
        }
        hooked = false;
      }
    }
  }

  private void read(int mine, List<Segment> segments, Listener listener) {
    try {
      for (Segment segment : segments) {
        Process process;
        synchronized (lock) {
          if (mine != generation) {
            return;
          }
          listener.speaking(segment);
          process = launch();
          running = process;
        }
        feed(process, segment.text());
        int status = process.waitFor();
        synchronized (lock) {
          if (mine != generation) {
            return;
          }
          running = null;
        }
        if (status != 0) {
          listener.ended(program.getFileName() + " exited with status " + status);
          return;
        }
      }
      if (stillMine(mine)) {
        listener.ended(null);
      }
    } catch (IOException e) {
      if (stillMine(mine)) {
        listener.ended("cannot run " + program + ": " + TextCleaner.line(e.getMessage()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException | Error e) {
      LOG.log(Level.SEVERE, "reading aloud failed", e);
      if (stillMine(mine)) {
        listener.ended(e.getClass().getSimpleName());
      }
    }
  }

  private boolean stillMine(int mine) {
    synchronized (lock) {
      return mine == generation;
    }
  }

  private Process launch() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(arguments);
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    Thread errors = new Thread(() -> log(process.getErrorStream()), "termpaper-read-aloud-log");
    errors.setDaemon(true);
    errors.start();
    return process;
  }

  /** Writes the text and closes the engine's input; an engine that stopped reading is let be. */
  private static void feed(Process process, String text) {
    try (OutputStream in = process.getOutputStream()) {
      in.write((text + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The engine closed its input or was stopped; its exit status says the rest.
    }
  }

  private void log(InputStream errors) {
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(errors, StandardCharsets.UTF_8))) {
      int logged = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (logged++ < LOGGED_LINES) {
          LOG.warning(program.getFileName() + ": " + TextCleaner.quote(line));
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  /**
   * Ends {@code process} and the processes it started, each waited for: the children first, so
   * that the engine, still there, collects them and none is left behind as an orphan.
   */
  private static void end(Process process) {
    if (process == null) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    children.forEach(Speaker::awaitEnd);
    process.destroy();
    awaitEnd(process.toHandle());
  }

  private static void awaitEnd(ProcessHandle handle) {
    try {
      handle.onExit().get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      handle.destroyForcibly();
    } catch (ExecutionException | TimeoutException stillThere) {
      handle.destroyForcibly();
    }
  }
}
