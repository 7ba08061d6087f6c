package org.termpaper.serve;

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
 * The station's packages import what their package-info says, read from the sources: the
 * seam ({@code serve}) knows none of its services, and neither it nor the HTTP side imports
 * the command line or the UI.
 */
class ServeImportRulesTest {
  private static final Path SERVE = Path.of("src/main/java/org/termpaper/serve");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);",
      Pattern.MULTILINE);

  private static List<String> imports(Path folder) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          found.add(file.getFileName() + ": " + imports.group(1));
        }
      }
    }
    return found;
  }

  @Test
  void theSeamImportsNoServiceNoCliAndNoUi() throws IOException {
    assertThat(imports(SERVE)).noneMatch(i -> i.contains("org.termpaper.serve.")
        || i.contains("org.termpaper.cli.") || i.contains("org.termpaper.ui."));
  }

  @Test
  void theHttpSideImportsNoCliAndNoUi() throws IOException {
    assertThat(imports(SERVE.resolve("http"))).isNotEmpty()
        .noneMatch(i -> i.contains("org.termpaper.cli.") || i.contains("org.termpaper.ui."));
  }
}
