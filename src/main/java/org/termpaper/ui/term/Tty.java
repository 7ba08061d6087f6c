package org.termpaper.ui.term;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real terminal of this process: its raw mode set and restored by {@code stty} on
 * {@code /dev/tty}, its size read the same way (the ioctl behind {@code stty size}, no round
 * trip through the terminal), and its resize signal. Thread-safe.
 */
public final class Tty implements Terminal {
  private static final File DEV_TTY = new File("/dev/tty");
  private static final Duration STTY_WAIT = Duration.ofSeconds(2);

  private final Map<String, String> env;
  private String saved;

  private Tty(Map<String, String> env) {
    this.env = env;
  }

  /**
   * Why this process cannot run a full-screen UI, or empty when it can: no terminal on standard
   * input and output, or a terminal that says it is {@code dumb}.
   */
  public static Optional<String> problem(Map<String, String> env, boolean interactive) {
    String term = env.getOrDefault("TERM", "");
    if (!interactive || !DEV_TTY.canRead()) {
      return Optional.of("the reader needs a terminal; use 'termpaper dump' to print the paper");
    }
    if (term.isBlank() || term.equals("dumb")) {
      return Optional.of("this terminal (TERM=" + (term.isBlank() ? "unset" : term)
          + ") cannot show the reader; use 'termpaper dump' to print the paper");
    }
    return Optional.empty();
  }

  /** This process's terminal, in raw mode until {@link #restore}. */
  public static Tty open(Map<String, String> env) throws IOException {
    Tty tty = new Tty(env);
    tty.saved = stty("-g").strip();
    stty("raw", "-echo");
    return tty;
  }

  /**
   * The keys: standard input read through a channel, so that closing it (as the reader does when
   * it ends) also ends a read blocked on the terminal, which closing {@code System.in} would not.
   */
  @Override
  public InputStream input() {
    return Channels.newInputStream(new FileInputStream(FileDescriptor.in).getChannel());
  }

  @Override
  public OutputStream output() {
    return new FileOutputStream(FileDescriptor.out);
  }

  /** The size as the kernel knows it, else from {@code COLUMNS} and {@code LINES}, else 80x24. */
  @Override
  public Size size() {
    try {
      String[] parts = stty("size").strip().split("\\s+");
      int rows = Integer.parseInt(parts[0]);
      int columns = Integer.parseInt(parts[1]);
      if (rows > 0 && columns > 0) {
        return new Size(columns, rows);
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the environment
    }
    return new Size(number("COLUMNS", 80), number("LINES", 24));
  }

  /** Gives the terminal its settings back; safe to call more than once. */
  @Override
  public synchronized void restore() {
    if (saved == null) {
      return;
    }
    try {
      stty(saved);
    } catch (IOException e) {
      try {
        stty("sane");
      } catch (IOException ignored) {
        // nothing more can be done for the terminal
      }
    }
    saved = null;
  }

  /** Calls {@code onResize} on every SIGWINCH, where the JVM lets us catch it. */
  @Override
  public void onResize(Runnable onResize) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object winch = signal.getConstructor(String.class).newInstance("WINCH");
      InvocationHandler call = (proxy, method, args) -> {
        if (method.getName().equals("handle")) {
          onResize.run();
        }
        return null;
      };
      Object proxy = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler},
          call);
      signal.getMethod("handle", signal, handler).invoke(null, winch, proxy);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // no resize signal on this JVM: the size is read again before every full redraw
    }
  }

  private int number(String name, int fallback) {
    try {
      int value = Integer.parseInt(env.getOrDefault(name, "").strip());
      return value > 0 ? value : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String stty(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("stty");
    command.addAll(List.of(args));
    return run(new ProcessBuilder(command).redirectInput(DEV_TTY), STTY_WAIT);
  }

  /**
   * Runs {@code command} and returns its output, or throws when it fails or has not ended within
   * {@code wait}: its output is read on another thread, so that a command that never ends (an
   * {@code stty} stuck on a terminal) cannot hold the caller past the wait.
   */
  static String run(ProcessBuilder command, Duration wait) throws IOException {
    String name = String.join(" ", command.command());
    Process process = command.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> output = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (InputStream in = process.getInputStream()) {
        output.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        output.completeExceptionally(e);
      }
    }, "termpaper-stty");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(name + " did not end within " + wait.toMillis() + " ms");
      }
      if (process.exitValue() != 0) {
        throw new IOException(name + " failed with exit code " + process.exitValue());
      }
      return output.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + name, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("cannot read the output of " + name, e);
    }
  }
}
