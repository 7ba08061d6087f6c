package org.termpaper.serve.ssh;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.PtyMode;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.session.ServerSession;

/**
 * A session channel that takes only what a reader needs: a PTY, a shell or an exec, window
 * changes, and the environment variables {@code TERM}, {@code LANG}, {@code LC_*},
 * {@code COLUMNS} and {@code LINES} with short printable values. Agent and X11 forwarding,
 * subsystems (SFTP and the rest) and every other variable are refused, each with a log line.
 */
final class StationChannel extends ChannelSession {
  private static final Set<String> VARIABLES = Set.of("TERM", "LANG", "COLUMNS", "LINES");
  private static final int MAX_VALUE = 64;
  /** Bigger terminals are drawn at this size: it bounds a frame, and so the output buffer. */
  static final int MAX_COLUMNS = 500;
  static final int MAX_ROWS = 200;

  private final Consumer<String> log;

  StationChannel(Consumer<String> log) {
    this.log = log;
  }

  /** Makes the station's session channels; the only kind of channel a client may open. */
  static ChannelFactory factory(Consumer<String> log) {
    return new ChannelFactory() {
      @Override
      public String getName() {
        return "session";
      }

      @Override
      public Channel createChannel(Session session) {
        session.setAttribute(SessionGate.OPENED, Boolean.TRUE);
        return new StationChannel(log);
      }
    };
  }

  /** True for a variable a session may set, with a value that may reach the reader. */
  static boolean allowed(String name, String value) {
    boolean known = VARIABLES.contains(name) || name.startsWith("LC_") && name.length() <= 20
        && name.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '_');
    return known && value != null && value.length() <= MAX_VALUE
        && value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  @Override
  protected RequestHandler.Result handleEnvParsed(String name, String value) throws IOException {
    if (!allowed(name, value)) {
      refuse("environment variable " + clip(name));
      return RequestHandler.Result.ReplyFailure;
    }
    return super.handleEnvParsed(name, value);
  }

  @Override
  protected RequestHandler.Result handlePtyReqParsed(String term, int columns, int rows,
      int width, int height, Map<PtyMode, Integer> modes) throws IOException {
    if (!allowed("TERM", term) && !term.isEmpty()) {
      refuse("terminal type " + clip(term));
      return RequestHandler.Result.ReplyFailure;
    }
    return super.handlePtyReqParsed(term, clamp(columns, MAX_COLUMNS), clamp(rows, MAX_ROWS),
        width, height, modes);
  }

  @Override
  protected RequestHandler.Result handleWindowChangeParsed(int columns, int rows, int width,
      int height) throws IOException {
    return super.handleWindowChangeParsed(clamp(columns, MAX_COLUMNS), clamp(rows, MAX_ROWS),
        width, height);
  }

  @Override
  protected RequestHandler.Result handleAgentForwardingParsed(String type) {
    refuse("agent forwarding");
    return RequestHandler.Result.ReplyFailure;
  }

  @Override
  protected RequestHandler.Result handleX11ForwardingParsed(String type,
      ServerSession session, boolean singleConnection,
      String authProtocol, String authCookie, int screenId) {
    refuse("X11 forwarding");
    return RequestHandler.Result.ReplyFailure;
  }

  @Override
  protected RequestHandler.Result handleSubsystemParsed(String request, String subsystem) {
    refuse("subsystem " + clip(subsystem));
    return RequestHandler.Result.ReplyFailure;
  }

  /** A size within what the station draws: 1 for a client that gave none. */
  static int clamp(int value, int max) {
    return Math.max(1, Math.min(value, max));
  }

  private void refuse(String what) {
    log.accept("" + SessionGate.address(getSession()) + " refused: " + what);
  }

  private static String clip(String text) {
    String printable = text == null ? "" : text.replaceAll("[^\\x21-\\x7e]", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }
}
