package org.termpaper.cli;

import picocli.CommandLine.Option;

/** The {@code --source} option, shared by every command that reads a paper. */
final class SourceOption {
  @Option(names = "--source", paramLabel = "SRC",
      description = "A source name from the config, a paper's short name from the catalogue "
          + "(termpaper papers), a URL, a file or a folder "
          + "(default: the configured source, else bundled:sample).")
  String source;
}
