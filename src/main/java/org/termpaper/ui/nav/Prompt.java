package org.termpaper.ui.nav;

import org.termpaper.ui.key.Keys;

/**
 * The line the reader types into after {@code g} or {@code /}. Mutable; used on the UI thread
 * only.
 */
public final class Prompt {
  private final StringBuilder text = new StringBuilder();

  /** The text typed so far. */
  public String text() {
    return text.toString();
  }

  /** Takes one key: a character is added, Backspace removes the last character; true if taken. */
  boolean type(String key) {
    if (key.equals(Keys.SPACE)) {
      text.append(' ');
      return true;
    }
    if (key.equals(Keys.BACKSPACE)) {
      if (text.length() > 0) {
        text.setLength(text.offsetByCodePoints(text.length(), -1));
      }
      return true;
    }
    if (Keys.isCharacter(key) && text.length() < 200) {
      text.append(key);
      return true;
    }
    return false;
  }
}
