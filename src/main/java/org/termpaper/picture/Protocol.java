package org.termpaper.picture;

import java.util.Locale;

/** How pictures are drawn: the name each has in the config's {@code images} setting. */
public enum Protocol {
  /** The kitty graphics protocol (kitty, Ghostty). */
  KITTY,
  /** iTerm2's inline images (iTerm2, WezTerm). */
  ITERM,
  /** Sixel (foot, mlterm, xterm with sixel, mintty). */
  SIXEL,
  /** Unicode half blocks in colour: every colour terminal, through tmux and SSH. */
  BLOCKS,
  /** No picture: the caption only. */
  OFF;

  /** The config's word for it: {@code kitty}, {@code iterm}, {@code sixel}, {@code blocks}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The protocol named {@code name}, or null for {@code auto}.
   *
   * @throws IllegalArgumentException naming the choices
   */
  public static Protocol named(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("auto")) {
      return null;
    }
    for (Protocol p : values()) {
      if (p.configName().equals(wanted)) {
        return p;
      }
    }
    throw new IllegalArgumentException("images must be \"auto\", \"kitty\", \"iterm\", \"sixel\", "
        + "\"blocks\" or \"off\", not \"" + name + "\"");
  }
}
