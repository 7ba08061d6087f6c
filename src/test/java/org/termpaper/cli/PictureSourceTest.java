package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.archive.Archive;
import org.termpaper.archive.Resource;
import org.termpaper.model.Edition;
import org.termpaper.model.Paper;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.ui.PictureBytes;

/** Where the {@code i} key's pictures come from: the archive first, the sample, files, HTTP. */
class PictureSourceTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();
  @TempDir
  Path dir;
  private Archive archive;
  private final Fetcher fetcher = new Fetcher(HttpSettings.defaults("test"));

  @AfterEach
  void close() {
    fetcher.close();
    if (archive != null) {
      archive.close();
    }
  }

  private Opener opener() {
    return new Opener(java.util.Map.of(), "Linux", dir.resolve("cache"));
  }

  private Archive archive() {
    if (archive == null) {
      archive = Archive.open(dir.resolve("archive.db"));
    }
    return archive;
  }

  @Test
  void theArchivesCopyIsUsedWithNoRequest() {
    String url = server.url("/p1.jpg").toString();
    archive().store(new Edition(new Paper("p", "报", null), LocalDate.of(2026, 1, 5), null,
        null, null, List.of(), List.of()),
        List.of(new Resource(url, Resource.Kind.IMAGE, "image/jpeg", new byte[] {1, 2, 3})));
    PictureBytes.Fetched got = new PictureSource(this::archive, () -> fetcher, false, opener()).read(url);
    assertThat(got.data()).containsExactly(1, 2, 3);
    assertThat(got.from()).isEqualTo("archive");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void withoutAnArchivedCopyThePictureIsFetchedWhenRead() throws Exception {
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(new byte[] {7, 8}))
        .build());
    String url = server.url("/p2.jpg").toString();
    PictureSource source = new PictureSource(this::archive, () -> fetcher, false, opener());
    assertThat(server.getRequestCount()).isZero();
    PictureBytes.Fetched got = source.read(url);
    assertThat(got.data()).containsExactly(7, 8);
    assertThat(got.from()).isEqualTo("network");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/p2.jpg");
  }

  @Test
  void theSamplesPicturesComeFromTheJarAndNothingOutsideItsFolder() {
    PictureSource source = new PictureSource(this::archive, () -> fetcher, true, opener());
    PictureBytes.Fetched got = source.read("bundled:sample/images/2026-11-04/01-p1.jpg");
    assertThat(got.from()).isEqualTo("sample");
    assertThat(got.data()[0] & 0xFF).isEqualTo(0xFF);
    assertThatThrownBy(() -> source.read("bundled:sample/../texts_en.properties"))
        .isInstanceOf(TermpaperException.class)
        .hasMessage("no picture bundled:sample/../texts_en.properties in the sample");
  }

  @Test
  void everyPictureTheSampleNamesIsInTheJarAndDecodes() throws Exception {
    PictureSource source = new PictureSource(this::archive, () -> fetcher, true, opener());
    String calendar = resource("calendar.json");
    java.util.regex.Matcher dates =
        java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(calendar);
    int pictures = 0;
    while (dates.find()) {
      java.util.regex.Matcher named = java.util.regex.Pattern.compile(
          "\"(bundled:sample/[^\"]+)\"").matcher(resource(dates.group() + ".json"));
      while (named.find()) {
        byte[] data = source.read(named.group(1)).data();
        var picture = new org.termpaper.picture.PictureDecoder().decode(data, named.group(1));
        assertThat(picture.note()).as(named.group(1)).isNull();
        assertThat(data.length).as(named.group(1)).isLessThan(8 * 1024);
        pictures++;
      }
    }
    assertThat(pictures).isGreaterThanOrEqualTo(40);
  }

  private static String resource(String name) throws java.io.IOException {
    try (var in = PictureSourceTest.class.getResourceAsStream("/org/termpaper/sample/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFileIsReadForALocalSourceOnly() throws Exception {
    Path file = dir.resolve("p.png");
    Files.write(file, new byte[] {9});
    String url = file.toUri().toString();
    assertThat(new PictureSource(this::archive, () -> fetcher, true, opener()).read(url).data())
        .containsExactly(9);
    assertThatThrownBy(() -> new PictureSource(this::archive, () -> fetcher, false, opener()).read(url))
        .isInstanceOf(TermpaperException.class)
        .hasMessageStartingWith("a picture on this machine named by a source on the network");
  }
}
