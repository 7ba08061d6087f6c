package org.termpaper.source.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;

class FeedReaderTest {
  static byte[] resource(String name) throws IOException {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream("/feeds/" + name)) {
      return in.readAllBytes();
    }
  }

  private static Edition read(String json) {
    return FeedReader.edition(json.getBytes(UTF_8), "test.json");
  }

  private static String minimal(String article) {
    return "{\"format\":\"termpaper.edition/1\",\"paper\":{\"id\":\"p\",\"name\":\"报\"},"
        + "\"date\":\"2022-07-14\",\"pages\":[{\"number\":\"01\",\"articles\":[" + article + "]}]}";
  }

  @Test
  void aFeedWrittenByAnotherToolIsReadFieldsInAnyOrderUnknownFieldsIgnored() throws IOException {
    Edition edition = FeedReader.edition(resource("town/2022-07-14.json"), "town");
    assertThat(edition.paper().name()).isEqualTo("河口镇报");
    assertThat(edition.date()).isEqualTo(LocalDate.of(2022, 7, 14));
    assertThat(edition.pages()).extracting(p -> p.number()).containsExactly("01", "02", "03");
    assertThat(edition.pages().get(1).name()).isEqualTo("综 合");
    Article first = edition.pages().get(0).articles().get(0);
    assertThat(first.preTitle()).isEqualTo("历时十个月建设");
    assertThat(first.subtitle()).isEqualTo("每天往返班次增加到24班");
    assertThat(first.author()).isEqualTo("本报记者 柯南舟");
    assertThat(first.figures()).hasSize(2);
    assertThat(first.figures().get(1).caption()).isNull();
    Article bare = edition.pages().get(2).articles().get(0);
    assertThat(bare.paragraphs()).isEmpty();
    assertThat(bare.url()).isNull();
  }

  @Test
  void theCalendarFeedIsReadSorted() throws IOException {
    IssueCalendar calendar = FeedReader.calendar(resource("town/calendar.json"), "town");
    assertThat(calendar.paper().home()).isEqualTo("https://town.example/");
    assertThat(calendar.issues()).containsExactly(LocalDate.parse("2022-06-30"),
        LocalDate.parse("2022-07-08"), LocalDate.parse("2022-07-14"));
  }

  @Test
  void notJsonIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> read("{\n  \"format\": oops }"))
        .isInstanceOf(FeedException.class)
        .hasMessageStartingWith("test.json: not valid JSON at line 2, column");
  }

  @Test
  void aQuotedValueComesCleanAndShort() {
    String hostile = "\\u001b]0;pwn\\u0007" + "x".repeat(300);
    assertThatThrownBy(() -> read("{\"format\": \"" + hostile + "\"}"))
        .isInstanceOf(FeedException.class)
        .hasMessageStartingWith("test.json: format is \"xxx")
        .hasMessageContaining("x…\", expected")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(160)
            .doesNotContain("\u001b", "\u0007", "pwn"));
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":\"t\"}")
        .replace("\"2022-07-14\"", "\"2022\\u001b[2J-07\"")))
        .hasMessage("test.json: date is not a date (YYYY-MM-DD): \"2022-07\"");
  }

  @Test
  void aBadTokenIsQuotedWithoutItsEscapeSequence() {
    assertThatThrownBy(() -> read("{\"format\": tru\u001b[31mRED}"))
        .isInstanceOf(FeedException.class)
        .hasMessageStartingWith("test.json: not valid JSON at line 1, column")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u001b").hasSizeLessThan(160));
  }

  @Test
  void aWrongFormatIsNamed() {
    assertThatThrownBy(() -> read("{\"format\":\"termpaper.calendar/1\"}"))
        .hasMessage("test.json: format is \"termpaper.calendar/1\", "
            + "expected \"termpaper.edition/1\"");
    assertThatThrownBy(() -> read("{}"))
        .hasMessage("test.json: missing field 'format' (expected \"termpaper.edition/1\")");
    assertThatThrownBy(() -> read("[1, 2]"))
        .hasMessage("test.json: not a feed: expected a JSON object");
  }

  @Test
  void aMissingTitleIsNamedByItsPath() {
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\"}")))
        .hasMessage("test.json: missing field 'pages[0].articles[0].title'");
    assertThatThrownBy(() -> read(minimal("{\"title\":\"t\"}")))
        .hasMessage("test.json: missing field 'pages[0].articles[0].id'");
  }

  @Test
  void aDateThatIsNotADateIsNamed() {
    String json = minimal("").replace("2022-07-14", "2022-13-45");
    assertThatThrownBy(() -> read(json))
        .hasMessage("test.json: date is not a date (YYYY-MM-DD): \"2022-13-45\"");
  }

  @Test
  void valuesOfTheWrongKindAreNamed() {
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":\"t\",\"paragraphs\":\"x\"}")))
        .hasMessage("test.json: pages[0].articles[0].paragraphs must be an array");
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":{}}")))
        .hasMessage("test.json: pages[0].articles[0].title must be a string");
  }

  @Test
  void writingThenReadingGivesTheSameEdition() throws IOException {
    Edition edition = FeedReader.edition(resource("town/2022-07-14.json"), "town")
        .withWarnings(java.util.List.of("page 02 is empty"));
    Edition unavailable = edition.withPages(java.util.List.of(
        new org.termpaper.model.Page("09", null, null, null,
            java.util.List.of(edition.pages().get(0).articles().get(0).markUnavailable("HTTP 404")),
            "timed out")));
    for (Edition original : java.util.List.of(edition, unavailable)) {
      String json = FeedWriter.edition(original);
      assertThat(read(json)).isEqualTo(original);
    }
  }

  @Test
  void aPageImageAndTheArticlesAreasAreReadAndWrittenBack() {
    String json = minimal("{\"id\":\"a\",\"title\":\"t\",\"area\":[10,20,30,40]},"
        + "{\"id\":\"b\",\"title\":\"u\"}")
        .replace("\"number\":\"01\",",
            "\"number\":\"01\",\"image\":\"http://x/p1.jpg\",\"imageSize\":[400,575],");
    org.termpaper.model.Page page = read(json).pages().get(0);
    assertThat(page.image().url()).isEqualTo("http://x/p1.jpg");
    assertThat(page.image().width()).isEqualTo(400);
    assertThat(page.image().height()).isEqualTo(575);
    assertThat(page.area("a").orElseThrow().points())
        .containsExactly(10, 20, 30, 20, 30, 40, 10, 40);
    assertThat(page.area("b")).isEmpty();
    assertThat(read(FeedWriter.edition(read(json)))).isEqualTo(read(json));
    String noSize = json.replace("\"imageSize\":[400,575],", "");
    assertThat(read(noSize).pages().get(0).image().hasSize()).isFalse();
    assertThat(read(FeedWriter.edition(read(noSize)))).isEqualTo(read(noSize));
    String noImage = noSize.replace("\"image\":\"http://x/p1.jpg\",", "");
    assertThat(read(noImage).pages().get(0).image()).isNull();
  }

  @Test
  void aBadAreaIsNamedByItsPath() {
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":\"t\",\"area\":[1,2,3]}")))
        .hasMessage("test.json: pages[0].articles[0].area: area.points must be 3 to 512 x, y"
            + " pairs, got 3 numbers");
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":\"t\",\"area\":[1,\"2\"]}")))
        .hasMessage("test.json: pages[0].articles[0].area[1] must be a whole number of pixels,"
            + " 0 or more");
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":\"t\",\"area\":{}}")))
        .hasMessage("test.json: pages[0].articles[0].area must be an array");
    assertThatThrownBy(() -> read(minimal("").replace("\"number\":\"01\",",
        "\"number\":\"01\",\"image\":\"i.png\",\"imageSize\":[0,5],")))
        .hasMessage("test.json: pages[0].imageSize must be [width, height], whole numbers from 1"
            + " to 100000");
  }

  @Test
  void writingThenReadingGivesTheSameCalendar() throws IOException {
    IssueCalendar calendar = FeedReader.calendar(resource("town/calendar.json"), "town");
    assertThat(FeedReader.calendar(FeedWriter.calendar(calendar).getBytes(UTF_8), "x"))
        .isEqualTo(calendar);
  }
}
