package org.termpaper.ui.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyInputTest {
  private static List<String> keys(String bytes) throws IOException {
    KeyInput input = new KeyInput(new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)));
    List<String> keys = new ArrayList<>();
    for (String key = input.next(); !KeyInput.END.equals(key); key = input.next()) {
      keys.add(key);
    }
    return keys;
  }

  @Test
  void lettersAndPunctuationAreThemselves() throws IOException {
    assertThat(keys("n]>?/N")).containsExactly("n", "]", ">", "?", "/", "N");
  }

  @Test
  void theReturnOfARawTerminalIsEnterAndTheKeyAfterItIsKept() throws IOException {
    assertThat(keys("g0714\r?\t")).containsExactly("g", "0", "7", "1", "4", "Enter", "?", "Tab");
  }

  @Test
  void escapeSequencesAreNamedKeys() throws IOException {
    assertThat(keys("\u001b[A\u001b[B\u001b[5~\u001b[6~\u001b[H\u001b[F\u001b[Z"))
        .containsExactly("Up", "Down", "PageUp", "PageDown", "Home", "End", "BackTab");
  }

  @Test
  void escFollowedAtOnceByAKeyIsTwoKeys() throws IOException {
    assertThat(keys("\u001b?")).containsExactly("Esc", "?");
  }

  @Test
  void controlKeysSpaceBackspaceAndChineseCharacters() throws IOException {
    assertThat(keys("\u0003 \u007f中")).containsExactly("Ctrl-C", "Space", "Backspace", "中");
  }
}
