package org.termpaper.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** One run of the command line with captured output, for tests. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(Path dataDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dataDir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = new Main(new PrintWriter(out), new PrintWriter(err), Map.of("HOME",
        dataDir.toString()), TerminalInfo.PIPE).run(all);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** One line on stderr, saying termpaper failed, and no stack trace. */
  boolean failedWithOneLine() {
    return err.startsWith("termpaper: ") && err.strip().lines().count() == 1
        && !err.contains("Exception") && !err.contains("\tat ");
  }
}
