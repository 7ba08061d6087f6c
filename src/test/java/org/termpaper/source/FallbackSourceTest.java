package org.termpaper.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Paper;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.FetchException;

class FallbackSourceTest {
  private static final Paper PAPER = new Paper("harbour", "港口晚报", null);
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);
  private static final URI URL = URI.create("http://paper.example/paperindex.htm");

  /** A source that fails with {@code failure}, or serves one empty issue when it is null. */
  private static class Fixed implements EditionSource {
    final RuntimeException failure;
    final AtomicInteger calls = new AtomicInteger();

    Fixed(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public String location() {
      return URL.toString();
    }

    @Override
    public IssueCalendar calendar() {
      calls.incrementAndGet();
      if (failure != null) {
        throw failure;
      }
      return new IssueCalendar(PAPER, List.of(DAY));
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      calls.incrementAndGet();
      if (failure != null) {
        throw failure;
      }
      IssueNotFoundException.requireIssue(new IssueCalendar(PAPER, List.of(DAY)), date);
      return new Edition(PAPER, date, null, null, null, List.of(), List.of());
    }
  }

  @Test
  void noAnswerTurnsToTheArchiveWithAWarningAndStaysThere() {
    Fixed network = new Fixed(new FetchException(URL, "timed out", null));
    FallbackSource source = new FallbackSource(network, () -> Optional.of(new Fixed(null)));

    Edition edition = source.edition(DAY, Progress.NONE);

    assertThat(edition.warnings()).singleElement().asString()
        .startsWith("the network failed (").contains("timed out")
        .endsWith("showing the archived copy");
    assertThat(source.calendar().issues()).containsExactly(DAY);
    assertThat(network.calls).hasValue(1);
  }

  @Test
  void aServerErrorTurnsToTheArchiveToo() {
    FallbackSource source = new FallbackSource(new Fixed(new FetchException(URL, 503,
        "HTTP 503")), () -> Optional.of(new Fixed(null)));

    assertThat(source.newest(Progress.NONE).date()).isEqualTo(DAY);
  }

  @Test
  void notFoundIsNotANetworkFailure() {
    FetchException notFound = new FetchException(URL, 404, "HTTP 404");
    FallbackSource source = new FallbackSource(new Fixed(notFound),
        () -> Optional.of(new Fixed(null)));

    assertThatThrownBy(() -> source.edition(DAY, Progress.NONE)).isSameAs(notFound);
  }

  @Test
  void withNothingArchivedTheNetworkFailureStands() {
    FetchException down = new FetchException(URL, "cannot connect", null);
    FallbackSource source = new FallbackSource(new Fixed(down), Optional::empty);

    assertThatThrownBy(source::calendar).isSameAs(down);
  }

  @Test
  void aFailureWrappedBySourceStillCounts() {
    RuntimeException wrapped = new TermpaperException("cannot read the issue",
        new FetchException(URL, "timed out", null));
    FallbackSource source = new FallbackSource(new Fixed(wrapped),
        () -> Optional.of(new Fixed(null)));

    assertThat(source.edition(DAY, Progress.NONE).warnings()).hasSize(1);
  }

  @Test
  void anIssueTheArchiveLacksBlamesTheNetworkNotTheDate() {
    FallbackSource source = new FallbackSource(new Fixed(new FetchException(URL,
        "cannot connect", null)), () -> Optional.of(new Fixed(null)));

    assertThatThrownBy(() -> source.edition(DAY.plusDays(1), Progress.NONE))
        .isInstanceOf(TermpaperException.class)
        .hasMessage("the network failed (" + URL + ": cannot connect) and the issue of "
            + "2022-07-15 is not archived")
        .hasCauseInstanceOf(IssueNotFoundException.class);
    assertThatThrownBy(() -> source.edition(DAY.plusDays(2), Progress.NONE))
        .hasMessageEndingWith("the issue of 2022-07-16 is not archived");
  }

  @Test
  void theFocusIsThePrimarySourcesEvenWhenFallenBack() {
    Fixed network = new Fixed(new FetchException(URL, "timed out", null)) {
      @Override
      public Optional<String> focus() {
        return Optional.of("content_301");
      }
    };
    FallbackSource source = new FallbackSource(network, () -> Optional.of(new Fixed(null)));

    source.edition(DAY, Progress.NONE);

    assertThat(source.focus()).contains("content_301");
  }

  @Test
  void aCancelledLoadIsNoNetworkFailure() {
    FetchException cancelled = new FetchException(URI.create("http://x.example/a"),
        "interrupted", new InterruptedException());
    assertThat(FallbackSource.isNetworkFailure(cancelled)).isFalse();
    Thread.currentThread().interrupt();
    try {
      FetchException refused = new FetchException(URI.create("http://x.example/a"), 0,
          "cannot connect");
      assertThat(FallbackSource.isNetworkFailure(refused)).isFalse();
    } finally {
      Thread.interrupted();
    }
    assertThat(FallbackSource.isNetworkFailure(new FetchException(
        URI.create("http://x.example/a"), 0, "cannot connect"))).isTrue();
  }
}
