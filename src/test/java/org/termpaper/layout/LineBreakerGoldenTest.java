package org.termpaper.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.termpaper.text.ColumnWidth;

/**
 * Golden cases under {@code src/test/resources/layout/}: one file a case, written as
 *
 * <pre>
 * # what the case shows, as a sentence
 * width: 10
 * mode: wrap | paragraph
 * ambiguous: 1 | 2
 * ---
 * the input text
 * ---
 * the expected lines, one a line
 * </pre>
 */
class LineBreakerGoldenTest {

  @TestFactory
  Stream<DynamicTest> everyGoldenCaseLaysOutAsWritten() throws IOException, URISyntaxException {
    Path folder = Path.of(getClass().getResource("/layout").toURI());
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    return files.stream().map(LineBreakerGoldenTest::read)
        .map(golden -> DynamicTest.dynamicTest(golden.title(), () -> check(golden)));
  }

  private static void check(Golden golden) {
    ColumnWidth width = new ColumnWidth(golden.ambiguous() == 2);
    ArticleLayout layout = new ArticleLayout(width);
    List<Line> lines = golden.paragraph()
        ? layout.paragraph(golden.input(), golden.width())
        : layout.wrap(golden.input(), golden.width(), LineStyle.BODY);
    assertThat(lines).extracting(Line::text).containsExactlyElementsOf(golden.expected());
    for (Line line : lines) {
      assertThat(line.columns())
          .isEqualTo(width.of(line.text()))
          .isLessThanOrEqualTo(golden.width());
    }
    List<Line> again = golden.paragraph()
        ? layout.paragraph(golden.input(), golden.width())
        : layout.wrap(golden.input(), golden.width(), LineStyle.BODY);
    assertThat(again).isEqualTo(lines);
  }

  private static Golden read(Path file) {
    List<String> text;
    try {
      text = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    String title = text.get(0).substring(1).strip();
    Map<String, String> header = new HashMap<>();
    int at = 1;
    for (; !text.get(at).equals("---"); at++) {
      String[] pair = text.get(at).split(":", 2);
      header.put(pair[0].strip(), pair[1].strip());
    }
    String input = text.get(at + 1);
    if (!text.get(at + 2).equals("---")) {
      throw new IllegalStateException(file + ": the input must be one line followed by ---");
    }
    List<String> expected = new ArrayList<>(text.subList(at + 3, text.size()));
    return new Golden(title + " (" + file.getFileName() + ")",
        Integer.parseInt(header.get("width")), "paragraph".equals(header.get("mode")),
        Integer.parseInt(header.getOrDefault("ambiguous", "1")), input, expected);
  }

  private record Golden(String title, int width, boolean paragraph, int ambiguous, String input,
      List<String> expected) {}
}
