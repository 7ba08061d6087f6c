package org.termpaper.ui;

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
 * The UI's packages import what their package-info says, read from the sources: the terminal
 * layer and the navigation model never import each other.
 */
class ImportRulesTest {
  private static final Path UI = Path.of("src/main/java/org/termpaper/ui");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);",
      Pattern.MULTILINE);

  /** Every import of the package in {@code folder} that starts with none of {@code allowed}. */
  private static List<String> foreignImports(String folder, String... allowed) throws IOException {
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> files = Files.list(UI.resolve(folder))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          String name = imports.group(1);
          if (Stream.of(allowed).noneMatch(name::startsWith)) {
            foreign.add(file.getFileName() + ": " + name);
          }
        }
      }
    }
    return foreign;
  }

  @Test
  void theTerminalLayerImportsTextTheKeyNamesAndTheJdkOnly() throws IOException {
    assertThat(foreignImports("term", "java.", "org.termpaper.text.", "org.termpaper.ui.key."))
        .isEmpty();
  }

  @Test
  void theNavigationModelImportsTheModelTheKeyNamesAndTheJdkOnly() throws IOException {
    assertThat(foreignImports("nav", "java.", "org.termpaper.model.", "org.termpaper.ui.key.",
        "org.termpaper.ui.nav.")).isEmpty();
  }

  @Test
  void theKeyNamesImportTheJdkOnly() throws IOException {
    assertThat(foreignImports("key", "java.")).isEmpty();
  }
}
