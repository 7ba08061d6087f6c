package org.termpaper.serve.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.sshd.common.channel.ChannelPipedInputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.termpaper.config.Config;
import org.termpaper.model.TermpaperException;
import org.termpaper.ui.Downloads;
import org.termpaper.ui.TextUi;
import org.termpaper.ui.term.LatestFrameOutput;
import org.termpaper.ui.term.Size;
import org.termpaper.ui.term.StreamTerminal;

/**
 * A shell request: the reader, as it runs locally, in the session's terminal. Its size comes
 * from the PTY request and follows window changes; {@code TERM} and {@code LANG} from the
 * session's environment. Its output goes through a bounded {@link LatestFrameOutput}, so a
 * client that stops reading holds up nobody and gets the latest screen when it reads again.
 */
final class ReaderShell extends StationCommand {
  static final Downloads READ_ONLY = (date, step) -> {
    throw new TermpaperException("this open station reads and searches only");
  };

  private final Station station;
  private final SessionSource source;
  private volatile boolean stopping;
  private volatile LatestFrameOutput output;

  /** What a reader session shares with the others. */
  record Station(SharedSource shared, Config config, boolean open, int outputBuffer,
      Sessions sessions) {}

  ReaderShell(Station station, SessionSource source) {
    this.station = station;
    this.source = source;
  }

  @Override
  String threadName() {
    return "termpaper-ssh-reader";
  }

  @Override
  int run(ChannelSession channel, Environment env, Map<String, String> vars) {
    PrintWriter errors = lines(err);
    String term = vars.getOrDefault(Environment.ENV_TERM, "");
    if (term.isBlank() || term.equals("dumb")) {
      errors.println("termpaper: the reader needs a terminal: ssh -t, or run "
          + "'ssh HOST dump' to print the paper");
      errors.flush();
      return 1;
    }
    Size size = sizeOf(vars);
    StreamTerminal[] terminal = new StreamTerminal[1];
    LatestFrameOutput output = new LatestFrameOutput(out, station.outputBuffer(),
        () -> terminal[0].redraw(), "termpaper-ssh-output");
    terminal[0] = new StreamTerminal(in, output, size);
    this.output = output;
    env.addSignalListener((ch, signal) -> terminal[0].resize(sizeOf(env.getEnv())),
        Signal.WINCH);
    station.sessions().add(this);
    int code;
    try {
      code = TextUi.session(terminal[0], station.shared()::view, source.network(),
          station.open() ? READ_ONLY : source.downloads(), source.archive(), null,
          station.config(), false,
          uiEnv(vars, SessionGate.address(channel.getSession())), errors);
    } finally {
      station.sessions().remove(this);
      try {
        output.close(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (stopping) {
      errors.println("termpaper: the station is stopping; goodbye");
    }
    errors.flush();
    return code;
  }

  /** Bytes queued for the client now. */
  int queued() {
    LatestFrameOutput now = output;
    return now == null ? 0 : now.queued();
  }

  /** How often frames were dropped for a client that did not read. */
  long drops() {
    LatestFrameOutput now = output;
    return now == null ? 0 : now.drops();
  }

  /** Ends the reader as the station stops: its input ends, as when the client leaves. */
  void stop() {
    stopping = true;
    if (in instanceof ChannelPipedInputStream pipe) {
      pipe.eof(); // an end of input, as a client's EOF is, not a failure to read
      return;
    }
    try {
      in.close();
    } catch (IOException e) {
      // the channel is gone already
    }
  }

  static Size sizeOf(Map<String, String> vars) {
    return new Size(number(vars, Environment.ENV_COLUMNS, 80, StationChannel.MAX_COLUMNS),
        number(vars, Environment.ENV_LINES, 24, StationChannel.MAX_ROWS));
  }

  /**
   * The variables the UI reads its settings from: the session's, never the station's (so no
   * {@code PATH}), and {@code SSH_CONNECTION}, which tells it the terminal is on another machine
   * (reading aloud would play on the station's speakers, so it is refused).
   */
  static Map<String, String> uiEnv(Map<String, String> vars, String client) {
    Map<String, String> env = new HashMap<>();
    vars.forEach((name, value) -> {
      if (StationChannel.allowed(name, value)) {
        env.put(name, value);
      }
    });
    env.put("SSH_CONNECTION", client + " 0 127.0.0.1 0");
    return env;
  }

  /** Lines for a terminal in raw mode: each ends in CR LF. */
  static PrintWriter lines(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(new CrLf(stream), StandardCharsets.UTF_8),
        false);
  }
}
