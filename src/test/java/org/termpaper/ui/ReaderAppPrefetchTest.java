package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Prefetch;
import org.termpaper.ui.term.Palette;

/** The UI loop loads ahead what the navigation model asks for, as the prefetch setting says. */
class ReaderAppPrefetchTest {
  private static final LocalDate JULY_11 = LocalDate.of(2022, 7, 11);
  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);

  private final BlockingQueue<LocalDate> loads = new LinkedBlockingQueue<>();
  private final List<LocalDate> all = new CopyOnWriteArrayList<>();

  /** Records every issue asked for. */
  private final class Source implements EditionSource {
    @Override
    public String location() {
      return "fixture";
    }

    @Override
    public IssueCalendar calendar() {
      return Fixtures.CALENDAR;
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      all.add(date);
      loads.add(date);
      return Fixtures.edition(date);
    }
  }

  private LocalDate nextLoad() throws InterruptedException {
    LocalDate date = loads.poll(20, TimeUnit.SECONDS);
    assertThat(date).as("an issue loaded").isNotNull();
    return date;
  }

  @Test
  void previousLoadsOnlyTheIssueBeforeTheOneShownAhead() throws Exception {
    UiSettings settings = new UiSettings(KeyMap.defaults(), Texts.of("en"), Palette.COLOR,
        new ColumnWidth(false), Link.ONLINE, Prefetch.PREVIOUS);
    try (UiHarness ui = new UiHarness(Source::new, Downloads.NONE, ArchiveAccess.NONE, settings,
        Fixtures.DAY)) {
      ui.until("第04版 副刊");
      assertThat(nextLoad()).isEqualTo(Fixtures.DAY);
      assertThat(nextLoad()).as("the previous issue, ahead").isEqualTo(JULY_13);
      ui.type("<");
      ui.until("示例晨报 2022-07-13");
      assertThat(nextLoad()).as("the one before that, ahead").isEqualTo(JULY_11);
    }
    assertThat(all).containsExactly(Fixtures.DAY, JULY_13, JULY_11);
  }
}
