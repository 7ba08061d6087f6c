package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoiseTest {
  private static final String OTHER_PAGE =
      "****处理标记:[Article]时, 字段 [URLOtherPageNo] 在数据源中没有找到! ****";
  private static final String EMPTY = "****处理标记:[Article]时,数据源为空。 ****";

  @Test
  void templateFailuresAreStrippedInAnyForm() {
    assertThat(Noise.strip("他说，" + OTHER_PAGE + "石板记得脚步声。"))
        .isEqualTo("他说，石板记得脚步声。");
    assertThat(Noise.strip(EMPTY)).isBlank();
    assertThat(Noise.strip("** 处理标记:[Title]时出错 **正文")).isEqualTo("正文");
    assertThat(Noise.strip("数据源为空。")).isEmpty();
  }

  @Test
  void navigationLinesAreRecognised() {
    assertThat(Noise.isNavigation("返回主页 | 版面导航 | 标题导航")).isTrue();
    assertThat(Noise.isNavigation("上一期 下一期 本版上一期 本版下一期 日历")).isTrue();
    assertThat(Noise.isNavigation("PDF 版")).isTrue();
    assertThat(Noise.isNavigation("发表评论   上一页 下一页")).isTrue();
    assertThat(Noise.isNavigation("3上一篇:晨练的人们")).isTrue();
    assertThat(Noise.isNavigation("4下一篇:" + EMPTY)).isTrue();
    assertThat(Noise.isNavigation("4参见第" + OTHER_PAGE + "版--" + OTHER_PAGE)).isTrue();
    assertThat(Noise.isNavigation("相关文章:")).isTrue();
    assertThat(Noise.isNavigation("朗读")).isTrue();
  }

  @Test
  void thePapersOwnTextIsNotNavigation() {
    assertThat(Noise.isNavigation("下一期节目将在周五播出，敬请关注。")).isFalse();
    assertThat(Noise.isNavigation("放大镜下的世界")).isFalse();
    assertThat(Noise.isNavigation("2022")).isFalse();
    assertThat(Noise.isNavigation("第03版")).isFalse();
  }

  @Test
  void aFieldOfOnlyNoiseIsAbsent() {
    assertThat(Noise.field(EMPTY)).isNull();
    assertThat(Noise.field("  下一篇  ")).isNull();
    assertThat(Noise.field(" 雨后\r\n彩虹 ")).isEqualTo("雨后彩虹");
  }
}
