package org.termpaper.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;
import org.termpaper.speech.SpokenText.Part;
import org.termpaper.speech.SpokenText.Segment;

class SpokenTextTest {

  @Test
  void theBodyIsReadAsItStandsWithEachCaptionWhereItsPictureStands() {
    Article article = Article.of("content_1", null, "引题", "标题", null, "本报记者", List.of(
        new Block.Paragraph("第一段。"),
        new Block.Subhead("小标题"),
        new Figure("https://paper.example/p.jpg", "图片说明"),
        new Figure("https://paper.example/q.jpg", null),
        new Block.Paragraph("第二段。")));

    assertThat(SpokenText.of(article))
        .extracting(Segment::part, Segment::number, Segment::count, Segment::text)
        .containsExactly(
            tuple(Part.TITLE, 1, 1, "引题\n标题\n本报记者"),
            tuple(Part.PARAGRAPH, 1, 3, "第一段。"),
            tuple(Part.PARAGRAPH, 2, 3, "小标题"),
            tuple(Part.CAPTION, 1, 1, "图片说明"),
            tuple(Part.PARAGRAPH, 3, 3, "第二段。"));
  }
}
