package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.ui.nav.Matches.Span;

class MatchesTest {
  @Test
  void aTermIsFoundOnItsLineIgnoringCase() {
    List<String> lines = List.of("标题", "    COVID-19 以来首次回升。");
    assertThat(Matches.find(lines, List.of("covid"))).containsExactly(new Span(1, 4, 9));
  }

  @Test
  void aMatchRunsOnAcrossALineEnd() {
    List<String> lines = List.of("    第二段，说老", "街的故事。");
    assertThat(Matches.find(lines, List.of("老街")))
        .containsExactly(new Span(0, 9, 10), new Span(1, 0, 1));
  }

  @Test
  void spacesInTheTermAndSpacesDroppedAtALineEndDoNotStopAMatch() {
    List<String> lines = List.of("the quick", "brown fox");
    assertThat(Matches.find(lines, List.of("Quick Brown")))
        .containsExactly(new Span(0, 4, 9), new Span(1, 0, 5));
  }

  @Test
  void everyOccurrenceOfEveryTermComesInLineOrder() {
    List<String> lines = List.of("老街老街", "故事");
    assertThat(Matches.find(lines, List.of("故事", "老街")))
        .containsExactly(new Span(0, 0, 2), new Span(0, 2, 4), new Span(1, 0, 2));
  }

  @Test
  void charactersOutsideTheBasicPlaneAreMatchedWhole() {
    assertThat(Matches.find(List.of("7月12日，𠮷野家开店"), List.of("𠮷野")))
        .containsExactly(new Span(0, 6, 9));
  }

  @Test
  void noTermNoBlankTermAndNoMatchFindNothing() {
    List<String> lines = List.of("青石板路");
    assertThat(Matches.find(lines, List.of())).isEmpty();
    assertThat(Matches.find(lines, List.of("  "))).isEmpty();
    assertThat(Matches.find(lines, List.of("骑楼"))).isEmpty();
  }
}
