package org.termpaper.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {
  private static final String ESC = "\u001b";

  @Test
  void clearScreenGoesWholeAndTheWordsAroundItStay() {
    assertThat(TextCleaner.line("前" + ESC + "[2J后")).isEqualTo("前后");
  }

  @Test
  void clipboardWriteEndedByBelGoesWithItsPayload() {
    assertThat(TextCleaner.line("复制" + ESC + "]52;c;ZWNobyBwd25lZA==\u0007完毕"))
        .isEqualTo("复制完毕");
  }

  @Test
  void oscEndedByStringTerminatorGoesWithItsPayload() {
    assertThat(TextCleaner.line("标题" + ESC + "]0;窗口标题" + ESC + "\\正文"))
        .isEqualTo("标题正文");
  }

  @Test
  void colourSequencesGoAndTheColouredWordStays() {
    assertThat(TextCleaner.line("这是" + ESC + "[31m红色" + ESC + "[0m的字"))
        .isEqualTo("这是红色的字");
  }

  @Test
  void eightBitCsiGoesWithItsParameters() {
    assertThat(TextCleaner.line("甲\u009b31;1m乙\u009b2J丙")).isEqualTo("甲乙丙");
  }

  @Test
  void eightBitOscGoesUpToItsTerminator() {
    assertThat(TextCleaner.line("甲\u009d52;c;AAAA\u009c乙")).isEqualTo("甲乙");
  }

  @Test
  void backspaceGoesAndTheLettersItWouldOverstrikeStay() {
    assertThat(TextCleaner.line("ab\bc")).isEqualTo("abc");
  }

  @Test
  void bidiOverridesAndIsolatesGo() {
    assertThat(TextCleaner.line("invoice\u202Efdp.exe\u202C \u2066x\u2069"))
        .isEqualTo("invoicefdp.exe x");
  }

  @Test
  void byteOrderMarkGoes() {
    assertThat(TextCleaner.line("\uFEFF标题")).isEqualTo("标题");
  }

  // CsvSource would trim the ESC as white space, hence a method source.
  static Stream<Arguments> sequences() {
    return Stream.of(
        arguments("DCS", ESC + "Pq#0;2;0;0;0" + ESC + "\\"),
        arguments("APC", ESC + "_Gf=100;AAAA" + ESC + "\\"),
        arguments("PM", ESC + "^private" + ESC + "\\"),
        arguments("SOS", ESC + "Xstring" + ESC + "\\"),
        arguments("reset", ESC + "c"),
        arguments("charset designation", ESC + "(B"),
        arguments("screen alignment test", ESC + "#8"),
        arguments("save cursor", ESC + "7"),
        arguments("OSC cancelled by CAN", ESC + "]0;x\u0018"),
        arguments("eight-bit DCS", "\u0090q\u009c"),
        arguments("eight-bit APC", "\u009fGf=1\u009c"),
        arguments("a DEL", "\u007f"),
        arguments("a C1 control alone", "\u0086"));
  }

  @ParameterizedTest(name = "{0} goes whole")
  @MethodSource("sequences")
  void everyKindOfSequenceGoesWhole(String kind, String sequence) {
    assertThat(TextCleaner.line("左" + sequence + "右")).isEqualTo("左右");
  }

  @Test
  void noControlCharacterSurvivesAnyMixOfSequences() {
    String hostile = ESC + "[2J" + ESC + "]52;c;QUJD\u0007" + ESC + "[31m\u009b31m\b\u202E"
        + ESC + ESC + "[" + ESC + "]" + "\u0007\u0000\u001f\u009d\u0090";
    String cleaned = TextCleaner.line("头" + hostile + "尾");
    assertThat(cleaned.codePoints()).noneMatch(TextCleanerTest::isForbidden);
    assertThat(cleaned).startsWith("头").endsWith("尾");
  }

  @Test
  void htmlNumericReferencesOfControlsAreCleanedOnceDecoded() {
    String decoded = Parser.unescapeEntities(
        "前&#27;[2J&#x1b;]52;c;QUJD&#7;中&#8;&#8238;后&#x1B;[31m!", false);
    assertThat(decoded).contains(ESC);
    assertThat(TextCleaner.line(decoded)).isEqualTo("前中后!");
  }

  @Test
  void csiCutShortByAnIdeographLosesOnlyItsOwnCharacters() {
    assertThat(TextCleaner.line("甲" + ESC + "[12乙")).isEqualTo("甲乙");
  }

  @Test
  void csiCutOffByTheEndOfTheTextGoes() {
    assertThat(TextCleaner.line("甲" + ESC + "[31")).isEqualTo("甲");
  }

  @Test
  void unterminatedOscLosesOnlyItsIntroducerSoTheArticleIsNotSwallowed() {
    String body = "正文".repeat(3000);
    String cleaned = TextCleaner.line("甲" + ESC + "]0;" + body);
    assertThat(cleaned).isEqualTo("甲0;" + body);
  }

  @Test
  void unterminatedOscAtTheEndOfShortTextKeepsItsText() {
    assertThat(TextCleaner.line("标题" + ESC + "]0;x")).isEqualTo("标题0;x");
  }

  @Test
  void overlongCsiIsNotTakenAsASequence() {
    String digits = "1".repeat(EscapeStripper.MAX_CONTROL + 10);
    assertThat(TextCleaner.line("甲" + ESC + "[" + digits + "m")).isEqualTo("甲" + digits + "m");
  }

  @Test
  void anEscapeStartsANewSequenceInsideAnUnterminatedString() {
    assertThat(TextCleaner.line("a" + ESC + "]0;t" + ESC + "[31mb")).isEqualTo("ab");
  }

  @Test
  void tabsLineBreaksAndNoBreakSpacesFoldIntoOneSpace() {
    assertThat(TextCleaner.line("a\t\tb \u00a0\u00a0c\r\nd\u2028e\u0085f"))
        .isEqualTo("a b c d e f");
  }

  @Test
  void ideographicSpaceInsideALineStays() {
    assertThat(TextCleaner.line("北京　上海")).isEqualTo("北京　上海");
  }

  @Test
  void fullwidthPunctuationIsNotNormalised() {
    String text = "他说：“（一）……好，１２３ＡＢ”";
    assertThat(TextCleaner.line(text)).isEqualTo(text);
  }

  @Test
  void aLoneSurrogateBecomesTheReplacementCharacter() {
    assertThat(TextCleaner.line("a\ud842b\udfb7𠮷")).isEqualTo("a\uFFFDb\uFFFD𠮷");
  }

  @Test
  void nullStaysNull() {
    assertThat(TextCleaner.line(null)).isNull();
  }

  @Test
  void paragraphsLoseTheSourceIndentAndEmptyOnesAreDropped() {
    List<String> cleaned = TextCleaner.paragraphs(Arrays.asList(
        "\u3000\u3000第一段。", "   ", "\u3000\u3000", "  第二段。", ESC + "[2J", "第三段。"));
    assertThat(cleaned).containsExactly("第一段。", "第二段。", "第三段。");
  }

  @Test
  void textWithNothingHostileComesBackUnchanged() {
    String text = "7月12日，淄博市召开会议。Apple CEO Tim Cook表示，iPhone销量增长了15.3%。";
    assertThat(TextCleaner.line(text)).isEqualTo(text);
  }

  private static boolean isForbidden(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        || codePoint >= 0x202A && codePoint <= 0x202E
        || codePoint >= 0x2066 && codePoint <= 0x2069 || codePoint == 0xFEFF;
  }
}
