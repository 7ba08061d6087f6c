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
 * the command line or the UI; the SSH side imports the UI (it runs the reader per session) but
 * neither the command line nor the HTTP side; and no package below the station imports it.
 */
class ServeImportRulesTest {
  private static final Path MAIN = Path.of("src/main/java/org/termpaper");
  private static final Path SERVE = MAIN.resolve("serve");
  /** Every package a station's sub-package may import: DESIGN.md's list below cli. */
  private static final List<String> BELOW = List.of("serve", "ui", "print", "layout", "archive",
      "source", "net", "text", "config", "model");
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

  @Test
  void theSshSideImportsTheUiButNoCliAndNoHttpSide() throws IOException {
    List<String> found = imports(SERVE.resolve("ssh"));
    assertThat(found).anyMatch(i -> i.contains("org.termpaper.ui."));
    assertThat(found.stream().filter(i -> i.contains(" org.termpaper.")))
        .allMatch(i -> BELOW.stream().anyMatch(p -> i.contains(" org.termpaper." + p + ".")))
        .noneMatch(i -> i.contains("org.termpaper.serve.http."));
  }

  @Test
  void noPackageButCliImportsTheStation() throws IOException {
    try (Stream<Path> folders = Files.walk(MAIN)) {
      List<Path> others = folders.filter(Files::isDirectory)
          .filter(f -> !f.startsWith(SERVE) && !f.startsWith(MAIN.resolve("cli"))).toList();
      assertThat(others).contains(MAIN.resolve("ui"), MAIN.resolve("ui/term"));
      for (Path folder : others) {
        assertThat(imports(folder)).as(folder.toString())
            .noneMatch(i -> i.contains("org.termpaper.serve."));
      }
    }
  }
}
