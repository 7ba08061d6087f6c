package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.model.Paper;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/** The {@code v} key: which page and article, stepping, opening, and going back. */
class PageImageCursorTest {
  private static final Paper PAPER = new Paper("p", "报", null);
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

  private static Article article(String id) {
    return new Article(id, null, null, "题" + id, null, null, List.of("正文"), List.of());
  }

  /** Page 01: a1, a2 (not on the map), a3 placed; page 02: no image. */
  private static Edition edition() {
    PageImage image = new PageImage("http://x/01.png", 240, 340, List.of(
        PageArea.parse("a1", "0,0,240,100"), PageArea.parse("a3", "0,100,120,340")));
    return new Edition(PAPER, DAY, null, null, null,
        List.of(new Page("01", "要闻", null, null,
                List.of(article("a1"), article("a2"), article("a3"))).withImage(image),
            new Page("02", null, null, null, List.of(article("b1")))), List.of());
  }

  private static Reader reader() {
    Reader reader = new Reader(KeyMap.defaults());
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
  void vOnThePageListShowsThePageImageWithTheFirstPlacedArticleOutlined() {
    Reader reader = reader();
    press(reader, "v");
    PageImageCursor cursor = reader.pictures().pageImage();
    assertThat(reader.mode()).isEqualTo(Mode.PAGE_IMAGE);
    assertThat(cursor.wanted()).isEqualTo("http://x/01.png");
    assertThat(cursor.label()).isEqualTo("第01版 要闻");
    assertThat(cursor.count()).isEqualTo(2);
    assertThat(cursor.outlined()).contains(new ArticlePosition(0, 0));
    assertThat(cursor.area().orElseThrow().article()).isEqualTo("a1");
  }

  @Test
  void vOnTheArticleListOutlinesTheHighlightedArticleWhenTheMapPlacesIt() {
    Reader reader = reader();
    press(reader, Keys.ENTER, "j", "j", "v");
    assertThat(reader.pictures().pageImage().outlined()).contains(new ArticlePosition(0, 2));
    press(reader, Keys.ESC, "k", "v");
    // a2 is not on the map: the first placed article instead
    assertThat(reader.pictures().pageImage().outlined()).contains(new ArticlePosition(0, 0));
  }

  @Test
  void nAndPAndTheArrowsStepOverTheUnplacedAndStopAtTheEnds() {
    Reader reader = reader();
    press(reader, "v", "n");
    PageImageCursor cursor = reader.pictures().pageImage();
    assertThat(cursor.article().orElseThrow().id()).isEqualTo("a3");
    assertThat(cursor.number()).isEqualTo(2);
    press(reader, Keys.DOWN);
    assertThat(reader.note()).contains(Note.of(Kind.LAST_ON_PAGE));
    press(reader, Keys.LEFT);
    assertThat(cursor.article().orElseThrow().id()).isEqualTo("a1");
    press(reader, "p");
    assertThat(reader.note()).contains(Note.of(Kind.FIRST_ON_PAGE));
    assertThat(reader.mode()).isEqualTo(Mode.PAGE_IMAGE);
  }

  @Test
  void enterOpensTheOutlinedArticle() {
    Reader reader = reader();
    press(reader, "v", "n", Keys.ENTER);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.open()).contains(new ArticlePosition(0, 2));
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
    assertThat(reader.pictures().pageImage().wanted()).isNull();
  }

  @Test
  void qAndEscGoBackToTheSamePlace() {
    Reader reader = reader();
    press(reader, Keys.ENTER, "j");
    press(reader, "v", "n", "q");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    assertThat(reader.cursor()).isEqualTo(1);
    assertThat(reader.open()).isEmpty();
    press(reader, Keys.ENTER, "v", Keys.ESC);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.open()).contains(new ArticlePosition(0, 1));
  }

  @Test
  void aPageWithoutAnImageSaysSoAndStaysInTheReadingView() {
    Reader reader = reader();
    press(reader, "]", "v");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.note()).contains(Note.of(Kind.NO_PAGE_IMAGE));
    assertThat(reader.pictures().pageImage().wanted()).isNull();
  }

  @Test
  void theKeyIsRebindable() {
    Reader reader = new Reader(KeyMap.of(java.util.Map.of("page-image", "V")));
    reader.calendarLoaded(new IssueCalendar(PAPER, List.of(DAY)));
    reader.issueLoaded(null, edition());
    press(reader, "v");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    press(reader, "V");
    assertThat(reader.mode()).isEqualTo(Mode.PAGE_IMAGE);
  }
}
