package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.text.ColumnWidth;

/** {@code dump --format text} lays out with the layout package; hostile feeds come out clean. */
class DumpTextTest {
  /** A feed whose strings hold escape sequences as JSON escapes and as HTML references. */
  private static final String HOSTILE_FEED = """
      {"format": "termpaper.edition/1",
       "paper": {"id": "x", "name": "示例晨报\\u001b[2J"},
       "date": "2022-07-14",
       "pages": [{"number": "01", "name": "要闻\\u009b31m",
         "articles": [{"id": "content_1",
           "title": "标题\\u001b]52;c;ZWNobyBwd25lZA==\\u0007安全",
           "author": "记者\\u202e王小明&#27;[2J",
           "paragraphs": ["\\u3000\\u3000他说：“你好。”\\u001b[31m红色\\u001b[0m的字\\b。",
                          "Apple CEO Tim Cook表示，iPhone销量增长了15.3%。&#x9b;31m"],
           "figures": [{"caption": "资料照片\\ufeff\\u0085"}]}]}]}
      """;

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void textIsLaidOutToTheGivenWidth() throws IOException {
    Path feed = feed(HOSTILE_FEED);

    assertThat(run("dump", "--source", feed.toString(), "--width", "16")).isZero();

    List<String> lines = lines();
    ColumnWidth width = new ColumnWidth(false);
    assertThat(lines).allSatisfy(line -> assertThat(width.of(line)).isLessThanOrEqualTo(16));
    assertThat(lines).containsSubsequence(
        "    他说：“你", "好。”红色的字。", "    Apple CEO", "Tim Cook表示，", "iPhone销量增长了",
        "15.3%。&#x9b;31m");
  }

  @Test
  void withoutAWidthAPipeGetsEightyColumns() throws IOException {
    Path feed = feed(HOSTILE_FEED.replace("他说：", "他说：" + "很长".repeat(30)));

    assertThat(run("dump", "--source", feed.toString())).isZero();

    ColumnWidth width = new ColumnWidth(false);
    assertThat(lines()).extracting(width::of).contains(80).allMatch(columns -> columns <= 80);
  }

  @Test
  void noControlCharacterOrBidiOverrideSurvivesIntoTextDump() throws IOException {
    assertThat(run("dump", "--source", feed(HOSTILE_FEED).toString(), "--width", "30")).isZero();

    assertThat(out.toString().codePoints()).noneMatch(DumpTextTest::isForbidden);
    assertThat(out.toString()).contains("标题安全", "记者王小明&#27;[2J", "要闻", "示例晨报");
  }

  @Test
  void noControlCharacterSurvivesIntoTheJsonDumpEitherRawOrEscaped() throws IOException {
    assertThat(run("dump", "--source", feed(HOSTILE_FEED).toString(), "--format", "json"))
        .isZero();

    String json = out.toString();
    assertThat(json.codePoints()).noneMatch(DumpTextTest::isForbidden);
    assertThat(json.toLowerCase()).doesNotContain("\\u001b", "\\u009b", "\\u0007", "\\u0008",
        "\\u202e", "\\ufeff", "\\u0085", "\\b");
    assertThat(json).contains("\"标题安全\"", "\"他说：“你好。”红色的字。\"");
  }

  @Test
  void ambiguousWideCountsQuotesAsTwoColumns() throws IOException {
    Path feed = feed(HOSTILE_FEED);

    assertThat(run("dump", "--source", feed.toString(), "--width", "13")).isZero();
    assertThat(lines()).contains("    他说：“你", "好。”红色的", "字。");
    out.getBuffer().setLength(0);

    assertThat(run("dump", "--source", feed.toString(), "--width", "13", "--ambiguous-wide"))
        .isZero();

    assertThat(lines()).contains("    他说：", "“你好。”红", "色的字。");
  }

  @Test
  void theConfigSettingMakesAmbiguousCharactersWideToo() throws IOException {
    Files.writeString(dir.resolve("config.toml"), "ambiguous-width = 2\n");
    Path feed = feed(HOSTILE_FEED);

    assertThat(run("dump", "--source", feed.toString(), "--width", "13")).isZero();

    assertThat(lines()).contains("    他说：", "“你好。”红", "色的字。");
  }

  @Test
  void aWidthBelowTenIsABadUsage() throws IOException {
    assertThat(run("dump", "--source", feed(HOSTILE_FEED).toString(), "--width", "9"))
        .isEqualTo(2);

    assertThat(err.toString()).isEqualTo(
        "termpaper: --width must be at least 10 columns, not 9" + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  private Path feed(String json) throws IOException {
    Path file = dir.resolve("2022-07-14.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void subheadsStandApartAndAreBoldOnlyOnATerminal() throws IOException {
    Path feed = feed("""
        {"format": "termpaper.edition/1", "paper": {"id": "x", "name": "报"},
         "date": "2022-07-14", "pages": [{"number": "01", "articles": [{"id": "c1",
           "title": "标题", "paragraphs": ["第一段。", "小标题", "第二段。"], "subheads": [1],
           "figures": [{"caption": "文中图", "at": 1}]}]}]}
        """);

    assertThat(run("dump", "--source", feed.toString(), "--article", "c1")).isZero();
    assertThat(lines()).containsSubsequence("    第一段。", "", "    ［图］ 文中图", "",
        "    小标题", "", "    第二段。");
    assertThat(out.toString()).doesNotContain("\u001b");

    out.getBuffer().setLength(0);
    assertThat(runOn(new TerminalInfo(true, 80), "dump", "--source", feed.toString(),
        "--article", "c1")).isZero();
    assertThat(lines()).contains("    \u001b[1m小标题\u001b[0m", "    第二段。");
  }

  private int run(String... args) {
    return runOn(TerminalInfo.PIPE, args);
  }

  private int runOn(TerminalInfo terminal, String... args) {
    Main main = new Main(new PrintWriter(out), new PrintWriter(err), Map.of(), terminal);
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return main.run(all);
  }

  private List<String> lines() {
    return Arrays.asList(out.toString().split("\\R"));
  }

  private static boolean isForbidden(int codePoint) {
    boolean lineEnd = codePoint == '\n' || codePoint == '\r';
    return !lineEnd && Character.getType(codePoint) == Character.CONTROL
        || codePoint >= 0x202A && codePoint <= 0x202E
        || codePoint >= 0x2066 && codePoint <= 0x2069 || codePoint == 0xFEFF;
  }
}
