package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void aMarkedFirstParagraphBecomesTheAuthor() {
    Bylines.Split split = Bylines.split(null, List.of("□ 本报评论员", "干事的人多了。"));
    assertThat(split.author()).isEqualTo("本报评论员");
    assertThat(split.paragraphs()).containsExactly("干事的人多了。");
  }

  @Test
  void aReporterLineBecomesTheAuthor() {
    Bylines.Split split = Bylines.split(null, List.of("本报记者 何青 通讯员 石磊", "立春刚过。"));
    assertThat(split.author()).isEqualTo("本报记者 何青 通讯员 石磊");
    assertThat(split.paragraphs()).containsExactly("立春刚过。");
  }

  @Test
  void aParagraphRepeatingTheAuthorIsDropped() {
    Bylines.Split split = Bylines.split("徐晓明", List.of("徐晓明", "7月12日，倡议发出。"));
    assertThat(split.author()).isEqualTo("徐晓明");
    assertThat(split.paragraphs()).containsExactly("7月12日，倡议发出。");
  }

  @Test
  void datelinesAndPhotoCreditsStayInTheBody() {
    List<String> body = List.of("江城日报讯 （记者卢平）今年以来，审批时间缩短。");
    assertThat(Bylines.split(null, body).paragraphs()).isEqualTo(body);
    assertThat(Bylines.byline("（本报记者 何青 摄）")).isNull();
    assertThat(Bylines.byline("据新华社北京2月10日电 会议在京举行，代表们发言。")).isNull();
  }

  @Test
  void aDateInTheAuthorFieldIsNoAuthor() {
    assertThat(Bylines.author("2023年02月11日")).isNull();
    assertThat(Bylines.author("2022-07-14")).isNull();
    assertThat(Bylines.author("本报记者 方田")).isEqualTo("本报记者 方田");
  }
}
