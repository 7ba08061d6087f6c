package org.termpaper.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The print package imports what its package-info says: the model, text, layout and archive
 * packages and the JDK; never cli, serve or ui, so that both the command line and the station
 * may print through it.
 */
class PrintImportsTest {
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);",
      Pattern.MULTILINE);

  @Test
  void printImportsTheModelTextLayoutArchiveAndTheJdkOnly() throws IOException {
    List<String> all = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/termpaper/print"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          String name = imports.group(1);
          all.add(name);
          if (Stream.of("java.", "org.termpaper.model.", "org.termpaper.text.",
              "org.termpaper.layout.", "org.termpaper.archive.").noneMatch(name::startsWith)) {
            foreign.add(file.getFileName() + ": " + name);
          }
        }
      }
    }
    assertThat(all).anyMatch(name -> name.startsWith("org.termpaper.layout."));
    assertThat(foreign).isEmpty();
  }
}
