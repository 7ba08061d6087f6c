package org.termpaper.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Edition;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.IssueNotFoundException;

class FeedSourceTest {
  static Path townFolder() throws URISyntaxException {
    return Path.of(FeedSourceTest.class.getResource("/feeds/town/calendar.json").toURI())
        .getParent();
  }

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void aFolderGivesItsCalendarAndEachEdition() throws Exception {
    FeedSource source = new FeedSource(FeedDocuments.folder(townFolder()), null);
    assertThat(source.calendar().issues()).hasSize(3);
    Edition newest = source.newest(org.termpaper.source.Progress.NONE);
    assertThat(newest.date()).isEqualTo(d("2022-07-14"));
    assertThat(newest.previousIssue()).isEqualTo(d("2022-07-08"));
    assertThat(newest.nextIssue()).isNull();
    assertThat(source.edition(d("2022-06-30")).nextIssue()).isEqualTo(d("2022-07-08"));
  }

  @Test
  void aDateTheSourceLacksNamesTheNearestItHas() throws Exception {
    FeedSource source = new FeedSource(FeedDocuments.folder(townFolder()), null);
    assertThatThrownBy(() -> source.edition(d("2022-07-10")))
        .isInstanceOf(IssueNotFoundException.class)
        .hasMessage("no issue of 河口镇报 on 2022-07-10; nearest: 2022-06-30, 2022-07-08, "
            + "2022-07-14");
  }

  @Test
  void aFileNamedLikeADateThatIsNoneIsNotAFeed(@TempDir Path dir) throws Exception {
    Files.copy(townFolder().resolve("2022-07-08.json"), dir.resolve("2022-07-08.json"));
    Files.copy(townFolder().resolve("2022-07-08.json"), dir.resolve("2026-13-45.json"));
    FeedSource source = new FeedSource(FeedDocuments.folder(dir), null);
    assertThat(source.calendar().issues()).containsExactly(d("2022-07-08"));
  }

  @Test
  void aBrokenNewestFeedIsNamedInTheError(@TempDir Path dir) throws Exception {
    Files.copy(townFolder().resolve("2022-06-30.json"), dir.resolve("2022-06-30.json"));
    Files.writeString(dir.resolve("2022-07-14.json"), "{\"format\": 7");
    FeedSource source = new FeedSource(FeedDocuments.folder(dir), null);
    assertThatThrownBy(source::calendar).isInstanceOf(FeedException.class)
        .hasMessageStartingWith(dir.resolve("2022-07-14.json") + ": not valid JSON");
  }

  @Test
  void withoutACalendarTheDatedFilesMakeTheCalendar(@TempDir Path dir) throws Exception {
    Files.copy(townFolder().resolve("2022-07-08.json"), dir.resolve("2022-07-08.json"));
    Files.copy(townFolder().resolve("2022-06-30.json"), dir.resolve("2022-06-30.json"));
    FeedSource source = new FeedSource(FeedDocuments.folder(dir), null);
    assertThat(source.calendar().issues()).containsExactly(d("2022-06-30"), d("2022-07-08"));
    assertThat(source.calendar().paper().name()).isEqualTo("河口镇报");
  }

  @Test
  void aSingleEditionFileIsASourceOfOneIssue(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("today.json");
    Files.copy(townFolder().resolve("2022-07-08.json"), file);
    FeedSource source = new FeedSource(FeedDocuments.folder(dir), "today.json");
    assertThat(source.calendar().issues()).containsExactly(d("2022-07-08"));
    assertThat(source.newest(org.termpaper.source.Progress.NONE).pages()).hasSize(1);
  }

  @Test
  void aFolderWithNoFeedsSaysWhatItExpected(@TempDir Path dir) {
    FeedSource source = new FeedSource(FeedDocuments.folder(dir), null);
    assertThatThrownBy(source::calendar)
        .hasMessageContaining("no feeds here (expected calendar.json or YYYY-MM-DD.json files)");
  }

  @Test
  void feedsAreReadOverHttpFromTheCalendarsFolder() throws Exception {
    try (MockWebServer server = new MockWebServer();
        Fetcher fetcher = new Fetcher(HttpSettings.defaults("test"))) {
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String name = request.getUrl().encodedPath().replace("/feeds/", "");
          try {
            byte[] body = Files.readAllBytes(townFolder().resolve(name));
            return new MockResponse.Builder().body(new okio.Buffer().write(body)).build();
          } catch (IOException | URISyntaxException e) {
            return new MockResponse.Builder().code(404).build();
          }
        }
      });
      server.start();
      URI base = server.url("/feeds/").uri();
      FeedSource source = new FeedSource(FeedDocuments.url(base, fetcher), null);
      Edition edition = source.edition(d("2022-07-08"));
      assertThat(edition.pages().get(0).pdf()).isEqualTo("https://town.example/01.pdf");
      assertThat(server.getRequestCount()).isEqualTo(2);
      assertThat(server.takeRequest().getHeaders().get("User-Agent")).startsWith("termpaper/");
    }
  }
}
