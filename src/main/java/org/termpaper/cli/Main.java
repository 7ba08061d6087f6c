package org.termpaper.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.termpaper.model.TermpaperException;
import org.termpaper.text.TextCleaner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line. Takes its output streams, environment and terminal facts as arguments so
 * that tests run it without a subprocess; {@link #main} only wires the real ones and exits.
 */
@Command(
    name = "termpaper",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Read newspaper e-paper editions in the terminal.",
    subcommands = {ReadCommand.class, DumpCommand.class, CalendarCommand.class,
        FetchCommand.class, SearchCommand.class, SourcesCommand.class, PapersCommand.class,
        ServeCommand.class, CompletionCommand.class, OpenCommand.class},
    usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {
  @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "Archive, cache and config under DIR (default: the XDG directories).")
  Path dataDir;

  @Option(names = "--offline", scope = ScopeType.INHERIT,
      description = "Open no network connection; read archived editions only.")
  boolean offline;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Print stack traces of failures.")
  boolean debug;

  @Mixin
  SourceOption source;

  @Mixin
  DateOption date;

  final PrintWriter out;
  final PrintWriter err;
  final Map<String, String> env;
  final TerminalInfo terminal;
  private AppContext app;

  public Main(PrintWriter out, PrintWriter err, Map<String, String> env, TerminalInfo terminal) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    Charset charset = OutputCharset.of(System.getProperty("native.encoding"));
    PrintWriter out = new PrintWriter(System.out, true, charset);
    PrintWriter err = new PrintWriter(System.err, true, charset);
    Map<String, String> env = System.getenv();
    System.exit(new Main(out, err, env, TerminalInfo.detect(env)).run(args));
  }

  /** Runs one command line and returns its exit code: 0 ok, 1 failed, 2 bad usage. */
  public int run(String... args) {
    CommandLine cli = new CommandLine(this);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((e, given) -> {
      err.println("termpaper: " + TextCleaner.line(e.getMessage()) + " (see 'termpaper --help')");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> fail(e));
    cli.setExecutionStrategy(parsed -> {
      if (parsed.hasSubcommand() && (source.source != null || date.date != null)) {
        String command = parsed.subcommand().commandSpec().name();
        throw new CommandLine.ParameterException(cli, "--source and --date go after the command:"
            + " termpaper " + command + " --source …");
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    try {
      return cli.execute(args);
    } finally {
      if (app != null) {
        app.close();
      }
      out.flush();
      err.flush();
    }
  }

  /** With no command: the reading UI, as {@code read} with the same options. */
  @Override
  public Integer call() {
    return ReadCommand.read(this, source.source, date.date);
  }

  AppContext app() {
    if (app == null) {
      app = new AppContext(dataDir, env, offline, debug);
    }
    return app;
  }

  private int fail(Exception e) {
    if (debug) {
      e.printStackTrace(err);
    }
    if (e instanceof TermpaperException || e instanceof UsageException) {
      err.println("termpaper: " + TextCleaner.line(e.getMessage()));
      return e instanceof UsageException ? 2 : 1;
    }
    String message = e.getMessage() == null ? "" : ": " + TextCleaner.line(e.getMessage());
    err.println("termpaper: internal error: " + e.getClass().getSimpleName() + message
        + (debug ? "" : " (run with --debug for details)"));
    return 1;
  }
}
