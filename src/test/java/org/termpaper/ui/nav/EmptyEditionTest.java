package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/**
 * An issue with no pages ({@code "pages": []} is a valid feed) and one whose only page has no
 * articles: every key leaves the reader usable and says why nothing moved.
 */
class EmptyEditionTest {
  private static final Edition NO_PAGES = Fixtures.edition().withPages(List.of());
  private static final Edition NO_ARTICLES = Fixtures.edition()
      .withPages(List.of(new Page("01", "要闻", null, null, List.of())));

  private static Reader reading(Edition edition) {
    Reader reader = new Reader(KeyMap.defaults());
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, edition);
    return reader;
  }

  private static Kind note(Reader reader) {
    return reader.note().map(Note::kind).orElse(null);
  }

  @Test
  void tabThenAMovementKeyOnAnIssueWithNoPagesMovesNothing() {
    Reader reader = reading(NO_PAGES);
    reader.key(Keys.TAB);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    reader.key("j");
    reader.key(Keys.END);
    assertThat(reader.cursor()).isZero();
    assertThat(reader.page()).isZero();
  }

  @Test
  void enterTwiceOnAnIssueWithNoPagesSaysSo() {
    Reader reader = reading(NO_PAGES);
    reader.key(Keys.ENTER);
    assertThat(note(reader)).isEqualTo(Kind.NO_PAGES);
    reader.key(Keys.TAB);
    reader.key(Keys.ENTER);
    assertThat(note(reader)).isEqualTo(Kind.NO_PAGES);
    assertThat(reader.open()).isEmpty();
  }

  @Test
  void articleAndPageKeysOnAnIssueWithNoPagesSaySo() {
    Reader reader = reading(NO_PAGES);
    for (String key : List.of("n", "p", "]", "[")) {
      reader.key(key);
      assertThat(note(reader)).as(key).isEqualTo(Kind.NO_PAGES);
      assertThat(reader.open()).as(key).isEmpty();
    }
  }

  @Test
  void everyKeyInEveryFocusLeavesTheReaderUsable() {
    for (Edition edition : List.of(NO_PAGES, NO_ARTICLES)) {
      for (int tabs = 0; tabs < 3; tabs++) {
        for (Action action : Action.values()) {
          if (action == Action.QUIT || action == Action.BACK) {
            continue;
          }
          Reader reader = reading(edition);
          for (int i = 0; i < tabs; i++) {
            reader.key(Keys.TAB);
          }
          for (String key : KeyMap.defaults().keys(action)) {
            reader.key(key);
            reader.key(key);
          }
          for (int i = 0; i < 3 && reader.mode() != Mode.READING; i++) {
            reader.key(Keys.ESC);
          }
          assertThat(reader.mode()).as(action.configName()).isEqualTo(Mode.READING);
          assertThat(reader.quit()).isFalse();
          assertThat(reader.open()).isEmpty();
          assertThat(reader.edition()).isSameAs(edition);
        }
      }
    }
  }

  @Test
  void aPageWithNoArticlesSaysSoOnEnter() {
    Reader reader = reading(NO_ARTICLES);
    reader.key(Keys.ENTER);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    reader.key(Keys.ENTER);
    assertThat(note(reader)).isEqualTo(Kind.NO_ARTICLES);
    reader.key("n");
    assertThat(note(reader)).isEqualTo(Kind.LAST_ARTICLE);
  }
}
