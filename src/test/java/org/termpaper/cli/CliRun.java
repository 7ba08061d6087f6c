package org.termpaper.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** One run of the command line with captured output, for tests. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(Path dataDir, String... args) {
    return on(TerminalInfo.PIPE, Map.of(), dataDir, args);
  }

  /** A run with its output on {@code terminal}, and {@code env} besides {@code HOME}. */
  static CliRun on(TerminalInfo terminal, Map<String, String> env, Path dataDir,
      String... args) {
    Map<String, String> all = new HashMap<>(env);
    all.put("HOME", dataDir.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] line = new String[args.length + 2];
    line[0] = "--data-dir";
    line[1] = dataDir.toString();
    System.arraycopy(args, 0, line, 2, args.length);
    int code = new Main(new PrintWriter(out), new PrintWriter(err), all, terminal).run(line);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** One line on stderr, saying termpaper failed, and no stack trace. */
  boolean failedWithOneLine() {
    return err.startsWith("termpaper: ") && err.strip().lines().count() == 1
        && !err.contains("Exception") && !err.contains("\tat ");
  }
}
