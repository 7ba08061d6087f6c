package org.termpaper.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs a program of the machine (tmux, ssh, ssh-keygen, kill) for the end-to-end tests and waits
 * for it. Stateless.
 */
public final class Commands {
  private Commands() {}

  /** The exit status of {@code command}, its output discarded; 127 when it cannot start. */
  public static int run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor();
    } catch (IOException e) {
      return 127;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** What {@code command} writes to standard output and error, as UTF-8 text. */
  public static String output(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return text;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
