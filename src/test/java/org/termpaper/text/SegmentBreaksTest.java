package org.termpaper.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentBreaksTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'渔村\n四季'|'渔村四季'",
      "'全角０\n２３号'|'全角０２３号'",
      "'ひらがな\nカタカナ'|'ひらがなカタカナ'",
      "'他说……\n然后'|'他说……然后'",
      "'结束。\n“开始'|'结束。“开始'",
      "'中文  \r\n  中文'|'中文中文'",
      "'Latin\nwords'|'Latin words'",
      "'2022\n年'|'2022 年'",
      "'中文\nLatin'|'中文 Latin'",
      "'한국어\n문장'|'한국어 문장'",
      "'空格 留着'|'空格 留着'",
      "'\n开头'|' 开头'"})
  void aLineBreakDisappearsOnlyBetweenWideCharacters(String text, String joined) {
    assertThat(SegmentBreaks.join(text)).isEqualTo(joined);
  }
}
