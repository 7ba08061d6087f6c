package org.termpaper.picture;

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
 * The picture package imports what its package-info says: the JDK (ImageIO among it) and the
 * model; never the plugin's classes, the network, the archive or the UI.
 */
class PictureImportsTest {
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);",
      Pattern.MULTILINE);

  @Test
  void picturesImportTheJdkAndTheModelOnly() throws IOException {
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/termpaper/picture"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher imports = IMPORT.matcher(Files.readString(file));
        while (imports.find()) {
          String name = imports.group(1);
          if (!name.startsWith("java.") && !name.startsWith("javax.")
              && !name.startsWith("org.termpaper.model.")) {
            foreign.add(file.getFileName() + ": " + name);
          }
        }
      }
    }
    assertThat(foreign).isEmpty();
  }
}
