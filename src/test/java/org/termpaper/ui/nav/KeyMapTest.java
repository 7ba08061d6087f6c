package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyMapTest {
  @Test
  void theDefaultsAreThoseOfTheDesign() {
    KeyMap keys = KeyMap.defaults();
    assertThat(keys.action("n")).contains(Action.NEXT_ARTICLE);
    assertThat(keys.action("]")).contains(Action.NEXT_PAGE);
    assertThat(keys.action("<")).contains(Action.PREVIOUS_ISSUE);
    assertThat(keys.action("Space")).contains(Action.SCREEN_DOWN);
    assertThat(keys.action("Esc")).contains(Action.BACK);
    assertThat(keys.action("z")).isEmpty();
  }

  @Test
  void aBindingReplacesTheDefaultKeysOfItsAction() {
    KeyMap keys = KeyMap.of(Map.of("next-article", "Right l"));
    assertThat(keys.action("Right")).contains(Action.NEXT_ARTICLE);
    assertThat(keys.action("l")).contains(Action.NEXT_ARTICLE);
    assertThat(keys.action("n")).isEmpty();
    assertThat(keys.keys(Action.NEXT_ARTICLE)).containsExactly("Right", "l");
  }

  @Test
  void aKeyTakenByABindingLeavesItsDefaultAction() {
    KeyMap keys = KeyMap.of(Map.of("quit", "q"));
    assertThat(keys.action("q")).contains(Action.QUIT);
    assertThat(keys.keys(Action.BACK)).containsExactly("Esc");
  }

  @Test
  void unknownActionsAndKeysAreNamedInTheError() {
    assertThatThrownBy(() -> KeyMap.of(Map.of("fly", "f")))
        .hasMessageContaining("no action named 'fly'");
    assertThatThrownBy(() -> KeyMap.of(Map.of("help", "F13x")))
        .hasMessageContaining("unknown key 'F13x'");
    assertThatThrownBy(() -> KeyMap.of(Map.of("help", " ")))
        .hasMessageContaining("no key given");
  }

  @Test
  void everyActionHasADefaultKey() {
    for (Action action : Action.values()) {
      assertThat(KeyMap.defaults().keys(action)).as(action.configName()).isNotEmpty();
    }
  }

  private static Map<String, String> inOrder(String... pairs) {
    Map<String, String> bindings = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      bindings.put(pairs[i], pairs[i + 1]);
    }
    return bindings;
  }

  @Test
  void aKeyBoundTwiceBelongsToTheBindingNamedLastInTheFile() {
    KeyMap keys = KeyMap.of(inOrder("calendar", "x c", "next-page", "x ]"));
    assertThat(keys.action("x")).contains(Action.NEXT_PAGE);
    assertThat(keys.keys(Action.CALENDAR)).containsExactly("c");
    KeyMap reversed = KeyMap.of(inOrder("next-page", "x ]", "calendar", "x c"));
    assertThat(reversed.action("x")).contains(Action.CALENDAR);
    assertThat(reversed.keys(Action.NEXT_PAGE)).containsExactly("]");
  }

  @Test
  void everyKeyIsListedUnderOneActionOnly() {
    KeyMap keys = KeyMap.of(inOrder("calendar", "x x c", "next-page", "x ]", "help", "c ?"));
    Map<String, Action> seen = new LinkedHashMap<>();
    for (Action action : Action.values()) {
      for (String key : keys.keys(action)) {
        assertThat(seen.put(key, action)).as(key + " under " + action).isNull();
        assertThat(keys.action(key)).contains(action);
      }
    }
    assertThat(keys.keys(Action.CALENDAR)).isEmpty();
  }
}
