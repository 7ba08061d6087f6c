package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.ArticlePosition;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;
import org.termpaper.ui.nav.ReadAloud.Part;
import org.termpaper.ui.nav.ReadAloud.Refusal;
import org.termpaper.ui.nav.ReadAloud.Request;

/** The {@code a} key in the navigation model: what it asks the UI to start and stop, and why. */
class ReadAloudTest {
  private Reader reader;

  @BeforeEach
  void openTheLongArticle() {
    reader = new Reader(KeyMap.defaults());
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, Fixtures.edition());
    press(Keys.DOWN, Keys.DOWN, Keys.ENTER, Keys.ENTER);
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
  }

  private void press(String... keys) {
    for (String key : keys) {
      reader.key(key);
    }
  }

  private Kind note() {
    return reader.note().map(Note::kind).orElse(null);
  }

  private Request started() {
    Optional<Request> request = reader.readAloud().take();
    assertThat(request).isPresent();
    assertThat(request.get().isStop()).isFalse();
    return request.get();
  }

  private void assertStopAsked() {
    assertThat(reader.readAloud().take()).hasValueSatisfying(r -> assertThat(r.isStop()).isTrue());
    assertThat(reader.readAloud().reading()).isFalse();
  }

  @Test
  void aAsksForTheOpenArticleAndTheEngineSaysWhichPartItReads() {
    press("a");
    Request request = started();
    assertThat(request.article().id()).isEqualTo("a3");
    assertThat(reader.readAloud().reading()).isTrue();
    assertThat(note()).isEqualTo(Kind.READING_ALOUD);
    assertThat(reader.readAloud().part()).isEmpty();

    reader.readAloud().speaking(request.serial(), Part.PARAGRAPH, 3, 40);
    assertThat(reader.readAloud().part()).contains(Part.PARAGRAPH);
    assertThat(reader.readAloud().number()).isEqualTo(3);
    assertThat(reader.readAloud().count()).isEqualTo(40);

    reader.readAloud().ended(request.serial(), null);
    assertThat(reader.readAloud().reading()).isFalse();
    assertThat(note()).isEqualTo(Kind.READ_ALOUD_DONE);
  }

  @Test
  void aAgainStops() {
    press("a");
    started();
    press("a");
    assertStopAsked();
    assertThat(note()).isEqualTo(Kind.READ_ALOUD_STOPPED);
  }

  @Test
  void escStopsTheReadingAndStaysInTheArticle() {
    press("a");
    started();
    press(Keys.ESC);
    assertStopAsked();
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
    press(Keys.ESC);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
  }

  @Test
  void movingToAnotherArticleStopsIt() {
    press("a");
    started();
    press("n");
    assertStopAsked();
    assertThat(reader.open()).contains(new ArticlePosition(3, 0));
  }

  @Test
  void scrollingAndMovingTheFocusToTheListsKeepReading() {
    press("a");
    started();
    press(Keys.DOWN, Keys.PAGE_DOWN, Keys.TAB, Keys.DOWN);
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
    assertThat(reader.readAloud().take()).isEmpty();
    assertThat(reader.readAloud().reading()).isTrue();
  }

  @Test
  void anotherIssueStopsIt() {
    press("a");
    started();
    press(">");
    LocalDate next = reader.issues().wanted();
    reader.issueLoaded(next, Fixtures.edition(next));
    assertStopAsked();
  }

  @Test
  void qStopsTheReadingBeforeItGoesBack() {
    press("a");
    started();
    press("q");
    assertStopAsked();
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
    press("q", "q", "q");
    assertThat(reader.quit()).isTrue();
  }

  @Test
  void withNoArticleOpenASaysToOpenOne() {
    Reader fresh = new Reader(KeyMap.defaults());
    fresh.issueLoaded(null, Fixtures.edition());
    fresh.key("a");
    assertThat(fresh.readAloud().take()).isEmpty();
    assertThat(fresh.note().map(Note::kind)).contains(Kind.READ_ALOUD_NO_ARTICLE);
  }

  @Test
  void aRefusalSaysWhyAndLeavesNothingReading() {
    press("a");
    Request request = started();
    reader.readAloud().refused(request.serial(), Refusal.NO_ENGINE, "espeak-ng; read-aloud");
    assertThat(reader.note()).contains(Note.of(Kind.READ_ALOUD_NO_ENGINE,
        "espeak-ng; read-aloud"));
    assertThat(reader.readAloud().reading()).isFalse();
    press("a");
    request = started();
    reader.readAloud().refused(request.serial(), Refusal.REMOTE, "");
    assertThat(note()).isEqualTo(Kind.READ_ALOUD_REMOTE);
  }

  @Test
  void newsOfAStoppedReadingIsIgnored() {
    press("a");
    Request first = started();
    press("a");
    press("a");
    Request second = reader.readAloud().take().orElseThrow();
    reader.readAloud().speaking(first.serial(), Part.TITLE, 1, 1);
    reader.readAloud().ended(first.serial(), "engine exited with status 143");
    assertThat(reader.readAloud().reading()).isTrue();
    assertThat(reader.readAloud().part()).isEmpty();
    reader.readAloud().speaking(second.serial(), Part.CAPTION, 1, 1);
    assertThat(reader.readAloud().part()).contains(Part.CAPTION);
  }
}
