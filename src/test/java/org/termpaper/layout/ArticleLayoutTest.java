package org.termpaper.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;
import org.termpaper.text.ColumnWidth;

class ArticleLayoutTest {
  private final ArticleLayout layout = new ArticleLayout(new ColumnWidth(false));

  @Test
  void theTitleBlockComesFirstThenCaptionsThenIndentedParagraphs() {
    Article article = new Article("content_1", null, "引题文字", "落实比倡议更重要", "副题文字",
        "徐晓会", List.of("第一段。", "第二段。"), List.of(new Figure("p1.jpg", "资料照片")));

    assertThat(layout.layout(article, 40)).extracting(Line::text, Line::style).containsExactly(
        tuple("引题文字", LineStyle.PRE_TITLE),
        tuple("落实比倡议更重要", LineStyle.TITLE),
        tuple("副题文字", LineStyle.SUBTITLE),
        tuple("徐晓会", LineStyle.AUTHOR),
        tuple("", LineStyle.BLANK),
        tuple("    ［图］ 资料照片", LineStyle.CAPTION),
        tuple("", LineStyle.BLANK),
        tuple("    第一段。", LineStyle.BODY),
        tuple("    第二段。", LineStyle.BODY));
  }

  @Test
  void figuresStandWhereTheyAreInTheBodyAndSubheadsAreSetApart() {
    Article article = Article.of("c", null, null, "标题", null, null, List.of(
        new Block.Paragraph("第一段。"), new Figure("p.jpg", "文中图"),
        new Block.Subhead("小标题"), new Block.Paragraph("第二段。"),
        new Block.Subhead("另一个小标题"), new Block.Paragraph("第三段。")));

    assertThat(layout.layout(article, 40)).extracting(Line::text, Line::style).containsExactly(
        tuple("标题", LineStyle.TITLE),
        tuple("", LineStyle.BLANK),
        tuple("    第一段。", LineStyle.BODY),
        tuple("", LineStyle.BLANK),
        tuple("    ［图］ 文中图", LineStyle.CAPTION),
        tuple("", LineStyle.BLANK),
        tuple("    小标题", LineStyle.SUBHEAD),
        tuple("", LineStyle.BLANK),
        tuple("    第二段。", LineStyle.BODY),
        tuple("", LineStyle.BLANK),
        tuple("    另一个小标题", LineStyle.SUBHEAD),
        tuple("", LineStyle.BLANK),
        tuple("    第三段。", LineStyle.BODY));
  }

  @Test
  void missingPartsOfTheTitleBlockLeaveNoLines() {
    Article article = new Article("c", null, null, "标题", null, null, List.of("正文。"),
        List.of());

    assertThat(layout.layout(article, 20)).extracting(Line::text)
        .containsExactly("标题", "", "    正文。");
  }

  @Test
  void aLongTitleWrapsLikeAnyText() {
    Article article = new Article("c", null, null, "全市安全生产工作会议召开部署下一阶段工作",
        null, null, List.of(), List.of());

    assertThat(layout.layout(article, 12)).extracting(Line::text, Line::style).containsExactly(
        tuple("全市安全生产", LineStyle.TITLE),
        tuple("工作会议召开", LineStyle.TITLE),
        tuple("部署下一阶段", LineStyle.TITLE),
        tuple("工作", LineStyle.TITLE),
        tuple("", LineStyle.BLANK));
  }

  @Test
  void aCaptionWrapsWithEveryLineIndented() {
    List<Line> lines = layout.caption(new Figure(null, "淄博市召开全市安全生产工作会议现场"), 20);

    assertThat(lines).extracting(Line::text).containsExactly(
        "    ［图］ 淄博市召",
        "    开全市安全生产工",
        "    作会议现场");
    assertThat(lines).allSatisfy(line -> assertThat(line.columns()).isLessThanOrEqualTo(20));
  }

  @Test
  void aWideEnoughCaptionHangsItsLaterLinesUnderItsFirstWord() {
    List<Line> lines =
        layout.caption(new Figure(null, "淄博市召开全市安全生产工作会议现场，与会人员认真听讲"), 30);

    assertThat(lines).extracting(Line::text).containsExactly(
        "    ［图］ 淄博市召开全市安全",
        "           生产工作会议现场，",
        "           与会人员认真听讲");
    assertThat(lines).allSatisfy(line -> {
      assertThat(line.columns()).isLessThanOrEqualTo(30);
      assertThat(line.style()).isEqualTo(LineStyle.CAPTION);
    });
  }

  @Test
  void aFigureWithoutCaptionStillShows() {
    assertThat(layout.caption(new Figure("p.jpg", null), 10)).extracting(Line::text)
        .containsExactly("    ［图］");
  }

  @Test
  void anUnavailableArticleSaysWhyInsteadOfItsBody() {
    Article article = new Article("c", null, null, "标题", null, null, List.of("x"), List.of())
        .markUnavailable("HTTP 404");

    assertThat(layout.layout(article, 30)).extracting(Line::text, Line::style).containsExactly(
        tuple("标题", LineStyle.TITLE),
        tuple("", LineStyle.BLANK),
        tuple("（unavailable: HTTP 404）", LineStyle.NOTICE));
  }

  @Test
  void theParagraphIndentCountsAgainstTheFirstLineOnly() {
    List<Line> lines = layout.paragraph("一二三四五六七八九十", 12);

    assertThat(lines).extracting(Line::text, Line::columns).containsExactly(
        tuple("    一二三四", 12),
        tuple("五六七八九十", 12));
  }

  @Test
  void tenColumnsStillWork() {
    Article article = new Article("c", null, "引题", "标题很长很长很长", null, "作者",
        List.of("Apple CEO Tim Cook表示，iPhone销量增长了15.3%。"),
        List.of(new Figure(null, "图片说明文字")));

    assertThat(layout.layout(article, 10))
        .allSatisfy(line -> assertThat(line.columns()).isLessThanOrEqualTo(10));
  }

  @Test
  void aWidthBelowTenIsRefusedWithAClearMessage() {
    Article article = new Article("c", null, null, "标题", null, null, List.of(), List.of());

    assertThatThrownBy(() -> layout.layout(article, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be at least 10 columns, not 9");
    assertThatThrownBy(() -> layout.wrap("标题", 0, LineStyle.TITLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 10");
  }

  @Test
  void textThatWasNotCleanedIsCleanedBeforeItIsLaidOut() {
    assertThat(layout.wrap("第一行\n第二行\u001b[2J完", 40, LineStyle.NOTICE))
        .extracting(Line::text)
        .containsExactly("第一行 第二行完");
  }

  @Test
  void emptyTextWrapsToNoLines() {
    assertThat(layout.wrap("", 20, LineStyle.BODY)).isEmpty();
    assertThat(layout.wrap("   ", 20, LineStyle.BODY)).isEmpty();
  }

  @Test
  void theBreakerRefusesALineTooNarrowForAWideCharacter() {
    LineBreaker breaker = new LineBreaker(new ColumnWidth(false));

    assertThatThrownBy(() -> breaker.lines("一", 1, 10, LineStyle.BODY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstWidth must be at least 2 columns, not 1");
  }

  @Test
  void aLineRecordRefusesNegativeColumns() {
    assertThatThrownBy(() -> new Line("x", -1, LineStyle.BODY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
