package org.termpaper.ui.key;

import java.util.Set;

/**
 * The names of keys as the terminal layer reads them and the navigation model and the config
 * file spell them: a printable character stands for itself ({@code n}, {@code ]}, {@code 中});
 * other keys have names such as {@code Enter}, {@code Esc}, {@code Up}, {@code PageDown},
 * {@code Space}, {@code Ctrl-C}. Stateless.
 */
public final class Keys {
  public static final String ENTER = "Enter";
  public static final String ESC = "Esc";
  public static final String TAB = "Tab";
  public static final String BACK_TAB = "BackTab";
  public static final String BACKSPACE = "Backspace";
  public static final String UP = "Up";
  public static final String DOWN = "Down";
  public static final String LEFT = "Left";
  public static final String RIGHT = "Right";
  public static final String PAGE_UP = "PageUp";
  public static final String PAGE_DOWN = "PageDown";
  public static final String HOME = "Home";
  public static final String END = "End";
  public static final String SPACE = "Space";
  public static final String DELETE = "Delete";

  private static final Set<String> NAMED = Set.of(ENTER, ESC, TAB, BACK_TAB, BACKSPACE, UP, DOWN,
      LEFT, RIGHT, PAGE_UP, PAGE_DOWN, HOME, END, SPACE, DELETE);

  private Keys() {}

  /** The name of Ctrl plus a letter, such as {@code Ctrl-C}. */
  public static String ctrl(char letter) {
    return "Ctrl-" + Character.toUpperCase(letter);
  }

  /** True for a name this class defines, a Ctrl-letter, or one printable character. */
  public static boolean isValid(String key) {
    if (key == null || key.isEmpty()) {
      return false;
    }
    if (NAMED.contains(key) || key.matches("Ctrl-[A-Z]")) {
      return true;
    }
    return key.codePointCount(0, key.length()) == 1 && isPrintable(key.codePointAt(0));
  }

  /** True for one printable character other than space (which is named {@code Space}). */
  public static boolean isCharacter(String key) {
    return key.codePointCount(0, key.length()) == 1 && isPrintable(key.codePointAt(0));
  }

  private static boolean isPrintable(int cp) {
    return cp > ' ' && !Character.isISOControl(cp) && Character.isDefined(cp)
        && Character.getType(cp) != Character.FORMAT;
  }
}
