package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/** The {@code i} key: which article's photos, stepping through them, and going back. */
class PictureCursorTest {
  private static final Paper PAPER = new Paper("p", "报", null);
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private static Edition edition() {
    Article photos = new Article("a1", null, null, "有图", null, null, List.of("正文"), List.of(
        new Figure("http://x/1.jpg", "一"), new Figure(null, "只有图注"),
        new Figure("http://x/2.jpg", null), new Figure("http://x/3.jpg", "三")));
    Article plain = new Article("a2", null, null, "无图", null, null, List.of("正文"),
        List.of(new Figure(null, "只有图注")));
    return new Edition(PAPER, DAY, null, null, null,
        List.of(new Page("01", null, null, "http://x/01.pdf", List.of(photos, plain)),
            new Page("02", null, null, null, List.of())), List.of());
  }

  private static Reader reader(KeyMap keys) {
    Reader reader = new Reader(keys);
    reader.calendarLoaded(new IssueCalendar(PAPER, List.of(DAY)));
    reader.issueLoaded(null, edition());
    return reader;
  }

  private static void press(Reader reader, String... keys) {
    for (String key : keys) {
      reader.key(key);
    }
  }

  @Test
  void iOnTheArticleListShowsTheHighlightedArticlesPhotosThoseWithAPictureOnly() {
    Reader reader = reader(KeyMap.defaults());
    press(reader, Keys.ENTER, "i");
    assertThat(reader.mode()).isEqualTo(Mode.PICTURES);
    PictureCursor pictures = reader.pictures();
    assertThat(pictures.count()).isEqualTo(3);
    assertThat(pictures.wanted()).isEqualTo("http://x/1.jpg");
    assertThat(pictures.title()).isEqualTo("有图");
    assertThat(pictures.article()).isEqualTo(new ArticlePosition(0, 0));
  }

  @Test
  void nAndPAndTheArrowsStepAndStopAtTheEnds() {
    Reader reader = reader(KeyMap.defaults());
    press(reader, Keys.ENTER, "i", "n");
    assertThat(reader.pictures().wanted()).isEqualTo("http://x/2.jpg");
    press(reader, Keys.RIGHT);
    assertThat(reader.pictures().number()).isEqualTo(3);
    press(reader, "n");
    assertThat(reader.note()).contains(Note.of(Kind.LAST_PICTURE));
    assertThat(reader.pictures().number()).isEqualTo(3);
    press(reader, "p", Keys.LEFT, Keys.UP);
    assertThat(reader.pictures().number()).isEqualTo(1);
    assertThat(reader.note()).contains(Note.of(Kind.FIRST_PICTURE));
  }

  @Test
  void escAndQGoBackToTheTextWhereItWas() {
    Reader reader = reader(KeyMap.defaults());
    press(reader, Keys.ENTER, Keys.ENTER, "i");
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
    press(reader, Keys.ESC);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.open()).contains(new ArticlePosition(0, 0));
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
    assertThat(reader.pictures().wanted()).isNull();
    press(reader, "i", "q");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.quit()).isFalse();
  }

  @Test
  void anArticleWithCaptionsButNoPictureSaysSo() {
    Reader reader = reader(KeyMap.defaults());
    press(reader, Keys.ENTER, "j", "i");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.note()).contains(Note.of(Kind.NO_PICTURES));
  }

  @Test
  void oAsksForThePhotoShownInThePictureViewAndForThePagePdfInTheText() {
    Reader reader = reader(KeyMap.defaults());
    press(reader, Keys.ENTER, "i", "n", "o");
    assertThat(reader.pictures().viewing().take()).isEqualTo(new ViewRequest("http://x/2.jpg", "a1-02"));
    assertThat(reader.pictures().viewing().take()).isNull();
    assertThat(reader.note()).contains(Note.of(Kind.VIEWING));
    press(reader, Keys.ESC, "o");
    assertThat(reader.pictures().viewing().take()).isEqualTo(new ViewRequest("http://x/01.pdf", "p-2026-01-05-01"));
    reader.pictures().viewing().viewed("saved to /tmp/x.pdf");
    assertThat(reader.note()).contains(Note.of(Kind.VIEWED, "saved to /tmp/x.pdf"));
    press(reader, "]", "o");
    assertThat(reader.pictures().viewing().take()).isNull();
    assertThat(reader.note()).contains(Note.of(Kind.NO_PDF));
  }

  @Test
  void theKeysFollowTheirBindings() {
    KeyMap keys = KeyMap.of(Map.of("pictures", "I", "next-article", "l", "back", "x"));
    Reader reader = reader(keys);
    press(reader, Keys.ENTER, "i");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    press(reader, "I", "l");
    assertThat(reader.pictures().number()).isEqualTo(2);
    press(reader, "?");
    assertThat(reader.mode()).isEqualTo(Mode.HELP);
    press(reader, "q");
    assertThat(reader.mode()).isEqualTo(Mode.PICTURES);
    press(reader, "x");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
  }
}
