package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path data;

  static String town() throws URISyntaxException {
    return Path.of(MainTest.class.getResource("/feeds/town/calendar.json").toURI())
        .getParent().toString();
  }

  @Test
  void dumpPrintsTheNewestEditionAsAFeed() throws Exception {
    CliRun run = CliRun.of(data, "dump", "--source", town(), "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"format\": \"termpaper.edition/1\"")
        .contains("\"date\": \"2022-07-14\"").contains("\"previousIssue\": \"2022-07-08\"");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void dumpPrintsAPageAsText() throws Exception {
    CliRun run = CliRun.of(data, "dump", "--source", town(), "--page", "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("第01版 要闻").contains("渡口新码头今日启用")
        .contains("新码头位于老街东侧").doesNotContain("镇运动会报名开始");
  }

  @Test
  void dumpPrintsOneArticleAsAFeedHoldingOnlyThatArticle() throws Exception {
    CliRun run = CliRun.of(data, "dump", "--source", town(), "--article", "content_7003",
        "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("镇运动会报名开始").doesNotContain("渡口新码头");
  }

  @Test
  void theCalendarListsEveryDateOrOneMonth() throws Exception {
    CliRun all = CliRun.of(data, "calendar", "--source", town());
    assertThat(all.out().lines()).containsExactly("2022-06-30", "2022-07-08", "2022-07-14");
    CliRun june = CliRun.of(data, "calendar", "--source", town(), "--month", "2022-06");
    assertThat(june.out().lines()).containsExactly("2022-06-30");
    CliRun december = CliRun.of(data, "calendar", "--source", town(), "--month", "2022-12");
    assertThat(december.exitCode()).isZero();
    assertThat(december.out()).isEmpty();
    assertThat(december.err()).isEqualTo("termpaper: no issues in 2022-12; the source has "
        + "issues from 2022-06-30 to 2022-07-14\n");
    CliRun json = CliRun.of(data, "calendar", "--source", town(), "--format", "json");
    assertThat(json.out()).contains("\"format\": \"termpaper.calendar/1\"");
  }

  @Test
  void aMissingFileFailsWithOneLine() {
    CliRun run = CliRun.of(data, "dump", "--source", data.resolve("nope.json").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("no such file").contains("nope.json");
  }

  @Test
  void aMissingFolderFailsWithOneLine() {
    CliRun run = CliRun.of(data, "dump", "--source", data.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("termpaper: no such source, file or folder: "
        + data.resolve("nowhere") + "\n");
  }

  @Test
  void aFolderWithNoFeedsFailsWithOneLine() throws Exception {
    Path empty = Files.createDirectory(data.resolve("empty"));
    CliRun run = CliRun.of(data, "calendar", "--source", empty.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("no feeds here");
  }

  @Test
  void aFeedThatIsNotJsonFailsWithOneLineNamingTheSpot() throws Exception {
    Path file = Files.writeString(data.resolve("bad.json"), "<html>oops</html>");
    CliRun run = CliRun.of(data, "dump", "--source", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("bad.json: not valid JSON at line 1, column 1");
  }

  @Test
  void aWrongFormatFailsWithOneLine() throws Exception {
    Path file = Files.writeString(data.resolve("x.json"), "{\"format\": \"rss\"}");
    CliRun run = CliRun.of(data, "dump", "--source", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("format is \"rss\"");
  }

  @Test
  void aMissingRequiredFieldFailsWithOneLineNamingIt() throws Exception {
    Path file = Files.writeString(data.resolve("x.json"), "{\"format\":\"termpaper.edition/1\","
        + "\"paper\":{\"id\":\"p\",\"name\":\"n\"},\"date\":\"2022-07-14\",\"pages\":"
        + "[{\"number\":\"01\",\"articles\":[{\"id\":\"a\"}]}]}");
    CliRun run = CliRun.of(data, "dump", "--source", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("missing field 'pages[0].articles[0].title'");
  }

  @Test
  void anImpossibleDateIsBadUsage() throws Exception {
    CliRun run = CliRun.of(data, "dump", "--source", town(), "--date", "2022-13-45");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("'2022-13-45' is not a date (YYYY-MM-DD)");
  }

  @Test
  void aDateTheSourceLacksListsTheNearestDates() throws Exception {
    CliRun run = CliRun.of(data, "dump", "--source", town(), "--date", "2022-07-09");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("no issue of 河口镇报 on 2022-07-09; nearest: "
        + "2022-06-30, 2022-07-08, 2022-07-14");
  }

  @Test
  void anUnknownPageListsThePagesThereAre() throws Exception {
    CliRun run = CliRun.of(data, "dump", "--source", town(), "--page", "7");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("no page 7 in the issue of 2022-07-14; pages: 01, 02, 03");
  }

  @Test
  void anUnknownOptionIsBadUsage() {
    CliRun run = CliRun.of(data, "dump", "--colour");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.failedWithOneLine()).isTrue();
  }

  @Test
  void versionAndHelpAnswer() {
    assertThat(CliRun.of(data, "--version").out()).startsWith("termpaper ");
    CliRun help = CliRun.of(data, "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("dump").contains("calendar");
  }

  @Test
  void aBrokenConfigFailsWithOneLineNamingTheFile() throws Exception {
    Files.writeString(data.resolve("config.toml"), "source = [unclosed");
    CliRun run = CliRun.of(data, "calendar");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("config.toml is not valid TOML");
  }

  @Test
  void aSourceNamedInTheConfigIsFoundByName() throws Exception {
    Files.writeString(data.resolve("config.toml"),
        "source = \"town\"\n[sources.town]\nurl = \"" + town().replace("\\", "/") + "\"\n");
    CliRun run = CliRun.of(data, "calendar");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2022-07-14");
  }

  @Test
  void theDefaultCommandTakesTheOptionsOfRead() throws Exception {
    CliRun run = CliRun.of(data, "--source", town(), "--date", "2022-07-08");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("termpaper dump");
  }

  @Test
  void messagesCarryNoEscapeSequenceFromTheSource() throws Exception {
    Files.writeString(data.resolve("2022-07-14.json"), "{\"format\":\"termpaper.edition/1\","
        + "\"paper\":{\"id\":\"p\",\"name\":\"Evil\\u001b[31mRED\"},"
        + "\"date\":\"2022-07-14\",\"pages\":[]}");
    CliRun run = CliRun.of(data, "dump", "--source", data.toString(), "--date", "2022-07-01");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("\u001b").contains("no issue of Evil");
  }

  @Test
  void anOptionOfACommandWrittenBeforeItIsBadUsageNotIgnored() throws Exception {
    CliRun run = CliRun.of(data, "--source", town(), "calendar");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("go after the command: termpaper calendar --source");
  }
}
