package org.termpaper.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;

class SourceResolverTest {
  @TempDir Path data;
  private final Fetcher fetcher = new Fetcher(HttpSettings.defaults("test"));

  @AfterEach
  void closeFetcher() {
    fetcher.close();
  }

  private SourceResolver resolver() {
    return new SourceResolver(new SourceContext(fetcher, Config.empty(), DataDirs.under(data)));
  }

  private static Path town() throws Exception {
    return Path.of(SourceResolverTest.class.getResource("/feeds/town/calendar.json").toURI())
        .getParent();
  }

  @Test
  void aFolderAFileAndAFileUrlAllResolve() throws Exception {
    assertThat(resolver().resolve(town().toString()).calendar().issues()).hasSize(3);
    assertThat(resolver().resolve(town().resolve("2022-07-08.json").toString())
        .newest(Progress.NONE).date()).isEqualTo(LocalDate.of(2022, 7, 8));
    assertThat(resolver().resolve(town().toUri().toString()).calendar().issues()).hasSize(3);
  }

  @Test
  void aPinnedEditionFileStillSeesTheCalendarBesideIt() throws Exception {
    EditionSource source = resolver().resolve(town().resolve("2022-07-08.json").toString());
    assertThat(source.edition(LocalDate.of(2022, 7, 8)).pages().get(0).articles())
        .extracting(Article::title).containsExactly("老桥维修完工");
  }

  @Test
  void anEditionFeedUrlIsReadOverHttp() throws Exception {
    byte[] body = Files.readAllBytes(town().resolve("2022-06-30.json"));
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
          return request.getUrl().encodedPath().equals("/x/2022-06-30.json")
              ? new MockResponse.Builder().body(new okio.Buffer().write(body)).build()
              : new MockResponse.Builder().code(404).build();
        }
      });
      server.start();
      EditionSource source = resolver().resolve(server.url("/x/2022-06-30.json").toString());
      Edition edition = source.newest(Progress.NONE);
      assertThat(edition.date()).isEqualTo(LocalDate.of(2022, 6, 30));
      assertThat(source.calendar().issues()).containsExactly(LocalDate.of(2022, 6, 30));
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void everySourcesTextIsCleanedBeforeTheModelHoldsIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("2022-07-14.json"), """
        {"format":"termpaper.edition/1","paper":{"id":"p","name":"报\\u0007"},
         "date":"2022-07-14","pages":[{"number":"01","articles":[{"id":"a",
         "title":"标题\\u001b\\u202e一","paragraphs":["\\u3000\\u3000段落", "\\u3000 ", "b\\u0008c"],
         "figures":[{"caption":"  "}]}]}]}
        """);
    Edition edition = resolver().resolve(dir.toString()).newest(Progress.NONE);
    Article article = edition.pages().get(0).articles().get(0);
    assertThat(edition.paper().name()).isEqualTo("报");
    assertThat(article.title()).doesNotContain("\u001b");
    assertThat(article.paragraphs()).first().isEqualTo("段落");
    assertThat(article.paragraphs()).hasSize(2).allSatisfy(
        p -> assertThat(p).doesNotContain("\u0008"));
    assertThat(article.figures()).isEmpty();
  }

  @Test
  void aFileUrlInCapitalsResolvesUnderATurkishLocale() throws Exception {
    String url = "FILE:" + town().resolve("2022-07-08.json").toUri().getPath();
    Locale old = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      assertThat(resolver().resolve(url).newest(Progress.NONE).date())
          .isEqualTo(LocalDate.of(2022, 7, 8));
    } finally {
      Locale.setDefault(old);
    }
  }

  @Test
  void aBadUrlIsOneClearLine() {
    for (String bad : List.of("file:relative", "http://exa mple/", "http://[::1",
        "file://host/x.json", "https:///feeds/")) {
      assertThatThrownBy(() -> resolver().resolve(bad)).as(bad)
          .isInstanceOf(TermpaperException.class)
          .hasMessageStartingWith("not a valid URL: " + bad + " (");
    }
  }

  @Test
  void aRelativePathIsRememberedAsAnAbsoluteOne() throws Exception {
    Path here = Path.of("").toAbsolutePath();
    String relative = here.relativize(town()).toString();
    assertThat(resolver().location(relative)).isEqualTo(town().toString());
    assertThat(resolver().location("./" + relative + "/../town")).isEqualTo(town().toString());
    assertThat(resolver().location("no/such/place")).isEqualTo("no/such/place");
    assertThat(resolver().location("bundled:sample")).isEqualTo("bundled:sample");
  }

  @Test
  void anUnknownLocationSaysWhatWasExpected() {
    assertThatThrownBy(() -> resolver().resolve("gopher://x/y"))
        .hasMessageContaining("cannot read a source at gopher://x/y");
    assertThatThrownBy(() -> resolver().resolve("./no/such/place"))
        .hasMessage("no such source, file or folder: ./no/such/place");
  }

  @Test
  void aUrlEndingInASlashIsAFeedFolderOnlyWhenItServesACalendarFeed() throws Exception {
    byte[] calendar = Files.readAllBytes(town().resolve("calendar.json"));
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
          return request.getUrl().encodedPath().equals("/feeds/calendar.json")
              ? new MockResponse.Builder().body(new okio.Buffer().write(calendar)).build()
              : new MockResponse.Builder().code(404).build();
        }
      });
      server.start();
      SourceKind site = (location, profile, context) -> Optional.of(new NamedSource(location));
      SourceResolver resolver = new SourceResolver(
          new SourceContext(fetcher, Config.empty(), DataDirs.under(data)),
          List.of(new FeedKind(), site));
      assertThat(resolver.resolve(server.url("/feeds/").toString()).calendar().issues())
          .hasSize(3);
      assertThat(server.getRequestCount()).isEqualTo(1);
      assertThat(resolver.resolve(server.url("/site/").toString()).location())
          .endsWith("/site/");
    }
  }

  @Test
  void anyFailureOfTheFeedProbeLeavesTheUrlToTheOtherKinds() throws Exception {
    try (MockWebServer server = new MockWebServer();
        Fetcher quick = new Fetcher(HttpSettings.defaults("test")
            .withRetries(1, Duration.ofMillis(5)))) {
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
          return new MockResponse.Builder()
              .code(request.getUrl().encodedPath().startsWith("/forbidden/") ? 403 : 500)
              .build();
        }
      });
      server.start();
      SourceKind site = (location, profile, context) -> Optional.of(new NamedSource(location));
      SourceResolver resolver = new SourceResolver(
          new SourceContext(quick, Config.empty(), DataDirs.under(data)),
          List.of(new FeedKind(), site));
      for (String path : List.of("/forbidden/", "/broken/")) {
        String url = server.url(path).toString();
        assertThat(resolver.resolve(url).location()).isEqualTo(url);
      }
    }
  }

  @Test
  void whenEveryKindFailsTheErrorNamesTheUrlGiven() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new mockwebserver3.Dispatcher() {
        @Override
        public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
          return new MockResponse.Builder().code(403).build();
        }
      });
      server.start();
      String url = server.url("/paper/").toString();
      assertThatThrownBy(() -> resolver().resolve(url).calendar())
          .isInstanceOf(TermpaperException.class)
          .hasMessageContaining(url).hasMessageNotContaining("calendar.json");
    }
  }

  /** A source that only knows where it is, standing in for a kind later in the list. */
  private record NamedSource(String location) implements EditionSource {
    @Override
    public org.termpaper.model.IssueCalendar calendar() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      throw new UnsupportedOperationException();
    }
  }
}
