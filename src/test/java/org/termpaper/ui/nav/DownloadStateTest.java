package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.nav.Note.Kind;

class DownloadStateTest {
  private Reader reader;

  @BeforeEach
  void loadTheIssue() {
    reader = new Reader(KeyMap.defaults());
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, Fixtures.edition());
  }

  private Kind note() {
    return reader.note().map(Note::kind).orElse(null);
  }

  @Test
  void dAsksOnceForTheIssueBeingRead() {
    reader.key("d");

    assertThat(note()).isEqualTo(Kind.DOWNLOADING);
    assertThat(reader.download().take()).isEqualTo(Fixtures.DAY);
    assertThat(reader.download().take()).isNull();
    assertThat(reader.download().running()).isEqualTo(Fixtures.DAY);
  }

  @Test
  void aSecondDWhileDownloadingSaysSoAndAsksNothing() {
    reader.key("d");
    reader.download().take();

    reader.key("d");

    assertThat(note()).isEqualTo(Kind.DOWNLOAD_BUSY);
    assertThat(reader.download().take()).isNull();
  }

  @Test
  void progressShowsOnlyWhileTheStatusLineSpeaksOfTheDownload() {
    reader.key("d");
    reader.download().progress(Fixtures.DAY, 3, 8);
    assertThat(reader.note().orElseThrow().args()).containsExactly("2022-07-14", "3", "8");

    reader.key("n");
    reader.download().progress(Fixtures.DAY, 4, 8);
    assertThat(note()).isNotEqualTo(Kind.DOWNLOAD_PROGRESS);
  }

  @Test
  void theEndIsReportedWholePartialOrFailedAndAllowsAnother() {
    reader.key("d");
    reader.download().finished(Fixtures.DAY, 16, 0);
    assertThat(note()).isEqualTo(Kind.DOWNLOADED);

    reader.key("d");
    reader.download().finished(Fixtures.DAY, 16, 2);
    assertThat(note()).isEqualTo(Kind.DOWNLOAD_PARTIAL);
    assertThat(reader.note().orElseThrow().args()).containsExactly("2022-07-14", "2");

    reader.key("d");
    reader.download().failed(Fixtures.DAY, "offline");
    assertThat(note()).isEqualTo(Kind.DOWNLOAD_FAILED);
    assertThat(reader.download().running()).isNull();
  }
}
