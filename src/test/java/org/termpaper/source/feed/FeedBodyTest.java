package org.termpaper.source.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;

/** Subheads and figure positions in the edition feed, readable by readers that predate them. */
class FeedBodyTest {
  private static final List<Block> BODY = List.of(new Figure("https://t.example/1.jpg", "首图"),
      new Block.Paragraph("第一段。"), new Block.Subhead("小标题"), new Block.Paragraph("第二段。"),
      new Figure(null, "文中图"), new Block.Paragraph("第三段。"));

  private static Edition edition(List<Block> body) {
    Article article = Article.of("a1", null, null, "标题", null, null, body);
    return new Edition(new Paper("p", "报", null), LocalDate.of(2022, 7, 14), null, null, null,
        List.of(new Page("01", null, null, null, List.of(article))), List.of());
  }

  private static Article read(String json) {
    return FeedReader.edition(json.getBytes(UTF_8), "test.json").pages().get(0).articles()
        .get(0);
  }

  private static String minimal(String article) {
    return "{\"format\":\"termpaper.edition/1\",\"paper\":{\"id\":\"p\",\"name\":\"报\"},"
        + "\"date\":\"2022-07-14\",\"pages\":[{\"number\":\"01\",\"articles\":[" + article
        + "]}]}";
  }

  @Test
  void subheadsAndFiguresInPlaceSurviveAWriteAndARead() {
    String json = FeedWriter.edition(edition(BODY));

    assertThat(read(json).body()).isEqualTo(BODY);
    assertThat(json.replaceAll("\\s", ""))
        .contains("\"paragraphs\":[\"第一段。\",\"小标题\",\"第二段。\",\"第三段。\"]")
        .contains("\"subheads\":[1]").contains("\"caption\":\"文中图\",\"at\":3");
  }

  @Test
  void aDocumentWithoutTheNewFieldsReadsAsBeforeWithTheFiguresFirst() {
    Article a = read(minimal("{\"id\":\"a\",\"title\":\"t\",\"paragraphs\":[\"一\",\"二\"],"
        + "\"figures\":[{\"caption\":\"图\"}]}"));

    assertThat(a.body()).containsExactly(new Figure(null, "图"), new Block.Paragraph("一"),
        new Block.Paragraph("二"));
  }

  @Test
  void aPlaceOutsideTheParagraphsIsAnErrorNamingTheField() {
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":\"t\",\"paragraphs\":[\"一\"],"
        + "\"figures\":[{\"caption\":\"图\",\"at\":5}]}")))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("pages[0].articles[0].figures[0].at must be a whole number from 0 "
            + "to 1");
    assertThatThrownBy(() -> read(minimal("{\"id\":\"a\",\"title\":\"t\",\"paragraphs\":[\"一\"],"
        + "\"subheads\":[\"x\"]}")))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("pages[0].articles[0].subheads[0]");
  }
}
