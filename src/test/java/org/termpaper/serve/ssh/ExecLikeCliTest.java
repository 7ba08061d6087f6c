package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.termpaper.cli.Main;
import org.termpaper.cli.TerminalInfo;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.serve.StationFixture;
import org.termpaper.source.EditionSource;
import org.termpaper.testing.Editions;
import org.termpaper.text.ColumnWidth;

/**
 * An exec {@code dump}, {@code calendar} or {@code search} prints, on standard output and
 * standard error, exactly what the command line prints for the same archive: on a pipe, and on
 * a terminal (bold subheads and matches) at the same width.
 */
class ExecLikeCliTest {
  private static final String SOURCE = "archive:tpdaily";

  @org.junit.jupiter.api.io.TempDir
  Path dir;
  private StationFixture station;
  private String word;

  @BeforeEach
  void archive() {
    station = new StationFixture(dir);
    Edition plain = Editions.generate(LocalDate.of(2022, 7, 14), 3, 2);
    // Warnings about page 02, about one article of page 03 and about the whole edition.
    // Page 01 leads with an article with a subhead, bold on a terminal.
    Page first = plain.pages().get(0);
    List<Article> leading = new ArrayList<>(first.articles());
    leading.add(0, Article.of("content_19500", "http://paper.example/content_19500.htm", null,
        "分节稿", null, null, List.of(new Block.Paragraph("第一段。"),
            new Block.Subhead("小标题"), new Block.Paragraph("第二段。"))));
    List<Page> pages = new ArrayList<>(plain.pages());
    pages.set(0, new Page(first.number(), first.name(), first.url(), first.pdf(), leading,
        first.unavailable()));
    Edition newest = new Edition(plain.paper(), plain.date(), plain.url(), null, null,
        pages, List.of("第02版: the page's map could not be read",
            plain.pages().get(2).articles().get(1).url() + ": no text",
            "the issue list is a day behind"));
    station.archived("http://paper.example/paperindex.htm",
        Editions.generate(LocalDate.of(2022, 7, 13), 2, 2), newest);
    word = newest.pages().get(1).articles().get(0).title().substring(0, 2);
  }

  @AfterEach
  void close() {
    station.close();
  }

  private String[] run(boolean terminal, int columns, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (EditionSource source = station.resolver().resolve(SOURCE)) {
      int code = new StationCommands(station.archive, new ColumnWidth(false)).run(source, args,
          columns, terminal, new PrintWriter(out, true), new PrintWriter(err, true));
      return new String[] {"" + code, out.toString(), err.toString()};
    }
  }

  private String[] cli(boolean terminal, int columns, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> line = new ArrayList<>(List.of("--data-dir", dir.toString()));
    line.addAll(args);
    line.addAll(List.of("--source", SOURCE));
    int code = new Main(new PrintWriter(out), new PrintWriter(err),
        Map.of("HOME", dir.toString(), "TERM", "xterm"), new TerminalInfo(terminal, columns))
        .run(line.toArray(String[]::new));
    return new String[] {"" + code, out.toString(), err.toString()};
  }

  @ParameterizedTest
  @ValueSource(strings = {"dump", "dump --page 02", "dump --page-name %NAME%",
      "dump --page-name 无此版 --page 03", "dump --page 09", "dump --article content_19522",
      "dump --article content_19532", "dump --article content_19500", "dump --page 03", "dump --page 01",
      "dump --date 2022-07-13 --format json", "calendar", "calendar --month 2022-07",
      "calendar --month 2021-01", "calendar --format json", "search %WORD%",
      "search %WORD% --limit 1"})
  void execPrintsWhatTheCommandLinePrints(String command) {
    // The same output, warnings on standard error among it: those the part printed concerns.
    String name = Editions.generate(LocalDate.of(2022, 7, 14), 3, 2).pages().get(2).name();
    List<String> args = List.of(command.replace("%NAME%", name).replace("%WORD%", word)
        .split(" "));
    for (boolean terminal : new boolean[] {false, true}) {
      // A pipe lays out to 80 columns on the command line, as an exec without COLUMNS does.
      for (int columns : terminal ? new int[] {80, 50} : new int[] {80}) {
        String[] cli = cli(terminal, columns, args);
        assertThat(cli[1] + cli[2]).as(command).isNotEmpty();
        if (command.equals("dump --article content_19500")) {
          assertThat(cli[1]).contains(terminal ? "\u001b[1m小标题\u001b[0m" : "    小标题")
              .doesNotContain(terminal ? "    小标题" : "\u001b");
        }
        if (command.equals("dump")) {
          assertThat(cli[2]).contains("day behind", "第02版", "no text");
        }
        assertThat(run(terminal, columns, args)).as(command + " terminal " + terminal + " at "
            + columns).containsExactly(cli);
      }
    }
  }
}
