package org.termpaper.serve.ssh;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;
import org.termpaper.source.EditionSource;

/**
 * An exec request: one of the read-only commands ({@link ExecLine}) for the session's source, its
 * text laid out to the client's {@code COLUMNS}, else 80; anything else is refused with one line
 * and exit status 2.
 */
final class ExecCommand extends StationCommand {
  private static final int DEFAULT_COLUMNS = 80;

  private final String command;
  private final EditionSource source;
  private final ReadOnlyCommands commands;

  ExecCommand(String command, EditionSource source, ReadOnlyCommands commands) {
    this.command = command;
    this.source = source;
    this.commands = commands;
  }

  @Override
  String threadName() {
    return "termpaper-ssh-exec";
  }

  @Override
  int run(ChannelSession channel, Environment env, Map<String, String> vars) {
    boolean pty = !env.getPtyModes().isEmpty() || vars.containsKey(Environment.ENV_TERM);
    PrintWriter output = pty ? ReaderShell.lines(out) : plain(out);
    PrintWriter errors = pty ? ReaderShell.lines(err) : plain(err);
    try {
      Optional<List<String>> args = ExecLine.parse(command);
      if (args.isEmpty()) {
        errors.println(ExecLine.REFUSAL);
        return 2;
      }
      int columns = number(vars, Environment.ENV_COLUMNS, DEFAULT_COLUMNS,
          StationChannel.MAX_COLUMNS);
      // Bold as the command line sets it on a terminal; "dumb" ones show escapes as text.
      boolean bold = pty && !"dumb".equals(vars.get(Environment.ENV_TERM));
      return commands.run(source, args.get(), columns, bold, output, errors);
    } finally {
      output.flush();
      errors.flush();
    }
  }

  private static PrintWriter plain(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }
}
