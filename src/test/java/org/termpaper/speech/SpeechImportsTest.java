package org.termpaper.speech;

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

/** The speech package imports what its package-info says: the model, text and the JDK. */
class SpeechImportsTest {
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);",
      Pattern.MULTILINE);

  @Test
  void speechImportsTheModelTextAndTheJdkOnly() throws IOException {
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/termpaper/speech"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          String name = imports.group(1);
          if (Stream.of("java.", "org.termpaper.model.", "org.termpaper.text.",
              "org.termpaper.speech.").noneMatch(name::startsWith)) {
            foreign.add(file.getFileName() + ": " + name);
          }
        }
      }
    }
    assertThat(foreign).isEmpty();
  }
}
