package org.termpaper.serve.ssh;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * What runs on a session channel: the reader or a read-only command, on a thread of its own,
 * ended by the client closing the channel or by the station stopping. Not thread-safe beyond
 * what MINA SSHD asks of a command.
 */
abstract class StationCommand implements Command {
  protected InputStream in;
  protected OutputStream out;
  protected OutputStream err;
  private ExitCallback exit;
  private Thread thread;

  @Override
  public void setInputStream(InputStream in) {
    this.in = in;
  }

  @Override
  public void setOutputStream(OutputStream out) {
    this.out = out;
  }

  @Override
  public void setErrorStream(OutputStream err) {
    this.err = err;
  }

  @Override
  public void setExitCallback(ExitCallback callback) {
    this.exit = callback;
  }

  @Override
  public void start(ChannelSession channel, Environment env) {
    Map<String, String> vars = Map.copyOf(env.getEnv());
    thread = new Thread(() -> {
      int code = 1;
      try {
        code = run(channel, env, vars);
      } finally {
        exit.onExit(code);
      }
    }, threadName());
    thread.setDaemon(true);
    thread.start();
  }

  /** Runs the command and returns its exit status. */
  abstract int run(ChannelSession channel, Environment env, Map<String, String> vars);

  abstract String threadName();

  @Override
  public void destroy(ChannelSession channel) {
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** A size from the session's {@code COLUMNS} or {@code LINES}, else {@code fallback}. */
  static int number(Map<String, String> vars, String name, int fallback, int max) {
    try {
      int value = Integer.parseInt(vars.getOrDefault(name, "").strip());
      return value > 0 ? Math.min(value, max) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
