package org.termpaper.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnWidthTest {
  private final ColumnWidth narrow = new ColumnWidth(false);
  private final ColumnWidth wide = new ColumnWidth(true);

  @Test
  void aRareIdeographOutsideTheBmpIsOneClusterOfTwoColumns() {
    assertThat(narrow.clusters("𠮷野家")).containsExactly("𠮷", "野", "家");
    assertThat(narrow.of("𠮷野家")).isEqualTo(6);
  }

  @Test
  void aFamilyEmojiJoinedByZwjIsOneClusterOfTwoColumns() {
    String family = "👨\u200D👩\u200D👧";
    assertThat(narrow.clusters(family)).containsExactly(family);
    assertThat(narrow.of(family)).isEqualTo(2);
  }

  @Test
  void aHeartWithEmojiPresentationIsTwoColumnsAndWithTextPresentationOne() {
    assertThat(narrow.of("❤\uFE0F")).isEqualTo(2);
    assertThat(narrow.of("❤\uFE0E")).isEqualTo(1);
  }

  @Test
  void aWideEmojiAskedForAsTextIsOneColumn() {
    assertThat(narrow.of("⌚")).isEqualTo(2);
    assertThat(narrow.of("⌚\uFE0E")).isEqualTo(1);
  }

  @Test
  void aFlagOfTwoRegionalIndicatorsIsOneClusterOfTwoColumns() {
    assertThat(narrow.clusters("🇨🇳🇯🇵")).containsExactly("🇨🇳", "🇯🇵");
    assertThat(narrow.of("🇨🇳")).isEqualTo(2);
  }

  @Test
  void aSkinToneSequenceIsTwoColumns() {
    assertThat(narrow.clusters("👍🏽")).hasSize(1);
    assertThat(narrow.of("👍🏽")).isEqualTo(2);
  }

  @Test
  void eWithACombiningAcuteIsOneClusterOfOneColumn() {
    assertThat(narrow.clusters("e\u0301")).containsExactly("e\u0301");
    assertThat(narrow.of("cafe\u0301")).isEqualTo(4);
  }

  @Test
  void fullwidthLettersAndDigitsAreTwoColumnsEach() {
    assertThat(narrow.of("ｅｘａｍｐｌｅ２０２４")).isEqualTo(22);
  }

  @ParameterizedTest(name = "{0} is two columns")
  @CsvSource({"ㄅ", "㇀", "⼀", "㌀", "︐", "﹐", "￥", "，", "。", "　"})
  void bopomofoStrokesRadicalsSquaredWordsVerticalAndSmallFormsAreWide(String character) {
    assertThat(narrow.of(character)).isEqualTo(2);
    assertThat(wide.of(character)).isEqualTo(2);
  }

  @Test
  void ambiguousCharactersAreOneColumnUnlessMadeWide() {
    String ambiguous = "“”‘’…—·°×─";
    assertThat(narrow.of(ambiguous)).isEqualTo(10);
    assertThat(wide.of(ambiguous)).isEqualTo(20);
    assertThat(ColumnWidth.forAmbiguousWidth(2).of("“")).isEqualTo(2);
  }

  @Test
  void anAmbiguousWidthOtherThanOneOrTwoIsRefused() {
    assertThatThrownBy(() -> ColumnWidth.forAmbiguousWidth(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 or 2");
  }

  @Test
  void zeroWidthSpaceFormatCharactersAndLoneMarksTakeNoColumn() {
    assertThat(narrow.of("\u200B")).isZero();
    assertThat(narrow.of("\u00AD")).isZero();
    assertThat(narrow.of("\u0301")).isZero();
  }

  @Test
  void hangulBuiltFromJamoIsTwoColumnsLikeThePrecomposedSyllable() {
    String jamo = "\u1100\u1161\u11A8";
    assertThat(narrow.clusters(jamo)).hasSize(1);
    assertThat(narrow.of(jamo)).isEqualTo(2).isEqualTo(narrow.of("각"));
  }

  @Test
  void plainAsciiIsOneColumnPerCharacter() {
    assertThat(narrow.of("Apple CEO")).isEqualTo(9);
    assertThat(narrow.clusters("ab")).containsExactly("a", "b");
  }

  @Test
  void fitKeepsWholeClustersThatFitTheColumns() {
    assertThat(narrow.fit("𠮷野家", 5)).isEqualTo("𠮷野");
    assertThat(narrow.fit("ab👨\u200D👩\u200D👧c", 3)).isEqualTo("ab");
    assertThat(narrow.fit("ab👨\u200D👩\u200D👧c", 4)).isEqualTo("ab👨\u200D👩\u200D👧");
    assertThat(narrow.fit("cafe\u0301!", 4)).isEqualTo("cafe\u0301");
    assertThat(narrow.fit("abc", 0)).isEmpty();
    assertThat(narrow.fit(null, 3)).isNull();
  }

  @Test
  void fitRefusesANegativeWidth() {
    assertThatThrownBy(() -> narrow.fit("a", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void manyThreadsMeasureAtOnceAndAgree() throws Exception {
    String text = "他说：“你好。”👨\u200D👩\u200D👧🇨🇳e\u0301𠮷".repeat(50);
    int expected = narrow.of(text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> narrow.of(text)));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
