package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.termpaper.ui.nav.Note;
import org.termpaper.ui.nav.Note.Kind;
import org.termpaper.ui.term.Palette;
import org.termpaper.ui.term.Style;

class TextsTest {
  @Test
  void theLanguageComesFromTheConfigElseTheLocale() {
    assertThat(Texts.language(Optional.empty(), Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo("zh");
    assertThat(Texts.language(Optional.empty(), Map.of("LANG", "en_GB.UTF-8"))).isEqualTo("en");
    assertThat(Texts.language(Optional.empty(), Map.of())).isEqualTo("en");
    assertThat(Texts.language(Optional.of("zh"), Map.of("LANG", "en_US.UTF-8"))).isEqualTo("zh");
    assertThat(Texts.language(Optional.empty(), Map.of("LC_ALL", "zh_TW.UTF-8", "LANG", "C")))
        .isEqualTo("zh");
  }

  @Test
  void everyNoteHasWordsInBothLanguages() {
    for (String language : new String[] {"en", "zh"}) {
      Texts texts = Texts.of(language);
      for (Note.Kind kind : Note.Kind.values()) {
        assertThat(texts.note(Note.of(kind, "a", "b", "c"))).as(language + " " + kind)
            .isNotBlank().doesNotContain("{");
      }
    }
    assertThat(Texts.of("zh").note(Note.of(Note.Kind.LAST_ARTICLE))).isEqualTo("已是本期最后一篇。");
  }

  @Test
  void noColorKeepsAttributesAndDropsColoursAndMonochromeDropsDim() {
    Style title = Theme.of(Palette.COLOR).title();
    assertThat(Palette.of(Map.of("TERM", "xterm-256color")).sgr(title)).isEqualTo("\u001b[0;1;36m");
    assertThat(Palette.of(Map.of("TERM", "xterm", "NO_COLOR", "1")).sgr(title))
        .isEqualTo("\u001b[0;1m");
    assertThat(Palette.of(Map.of("TERM", "xterm", "NO_COLOR", ""))).isEqualTo(Palette.COLOR);
    assertThat(Palette.of(Map.of("TERM", "vt100")).sgr(Style.DIM)).isEqualTo("\u001b[0m");
    assertThat(Theme.of(Palette.NO_COLOR).issueDay()).isEqualTo(Style.BOLD.withUnderline());
  }

  @Test
  void aPartialDownloadCountsItsMissingPartsInProperEnglish() {
    Texts en = Texts.of("en");
    assertThat(en.note(Note.of(Kind.DOWNLOAD_PARTIAL, "2026-10-27", 1)))
        .startsWith("Saved 2026-10-27 with 1 part missing;");
    assertThat(en.note(Note.of(Kind.DOWNLOAD_PARTIAL, "2026-10-27", 2)))
        .startsWith("Saved 2026-10-27 with 2 parts missing;");
    assertThat(en.note(Note.of(Kind.DOWNLOADED, "2026-10-27", 1))).endsWith(": 1 article.");
  }
}
