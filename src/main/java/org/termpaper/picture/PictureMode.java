package org.termpaper.picture;

import java.util.Locale;
import java.util.Map;

/**
 * How this terminal is sent pictures: the protocol, whether half blocks get 24-bit colour or
 * xterm's 256, and, when nothing is drawn, why. Immutable.
 *
 * <p>{@code auto} decides from the environment alone, never from a question the terminal must
 * answer (which costs a round trip over SSH and leaves answers on the keyboard where it is not
 * understood): kitty for {@code KITTY_WINDOW_ID}, {@code TERM=xterm-kitty} and Ghostty; iTerm2's
 * images for {@code TERM_PROGRAM=iTerm.app}, {@code LC_TERMINAL=iTerm2} and WezTerm; sixel for
 * foot and mlterm; inside tmux or screen, which pass none of these through unasked, and
 * everywhere else, half blocks. {@code NO_COLOR} and a monochrome {@code TERM} give no picture,
 * whatever the setting.
 *
 * @param protocol how pictures are drawn
 * @param trueColor half blocks in 24-bit colour ({@code COLORTERM=truecolor} or {@code 24bit})
 * @param why for {@link Protocol#OFF}, the reason shown in the picture's place; else null
 */
public record PictureMode(Protocol protocol, boolean trueColor, String why) {
  public PictureMode {
    if (protocol == null) {
      throw new IllegalArgumentException("protocol is required");
    }
    if (protocol == Protocol.OFF && (why == null || why.isBlank())) {
      throw new IllegalArgumentException("no pictures needs a reason");
    }
  }

  /** The mode for the config's {@code images} value ({@code auto} when null) and {@code env}. */
  public static PictureMode of(String setting, Map<String, String> env) {
    Protocol asked = setting == null ? null : Protocol.named(setting);
    String term = env.getOrDefault("TERM", "");
    String noColor = env.get("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return off("NO_COLOR is set");
    }
    if (term.endsWith("-m") || term.endsWith("-mono") || term.matches("vt[0-9]+.*")) {
      return off("the terminal is monochrome (TERM=" + term + ")");
    }
    if (asked == Protocol.OFF) {
      return off("images = \"off\" in the config");
    }
    Protocol protocol = asked != null ? asked : auto(env);
    return new PictureMode(protocol, trueColor(env, protocol), null);
  }

  private static PictureMode off(String why) {
    return new PictureMode(Protocol.OFF, false, why);
  }

  static Protocol auto(Map<String, String> env) {
    String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
    String program = env.getOrDefault("TERM_PROGRAM", "").toLowerCase(Locale.ROOT);
    if (env.containsKey("TMUX") || term.startsWith("screen") || term.startsWith("tmux")) {
      return Protocol.BLOCKS;
    }
    if (env.containsKey("KITTY_WINDOW_ID") || term.equals("xterm-kitty")
        || program.equals("ghostty") || term.equals("xterm-ghostty")) {
      return Protocol.KITTY;
    }
    if (program.equals("iterm.app") || program.equals("wezterm")
        || env.getOrDefault("LC_TERMINAL", "").equalsIgnoreCase("iTerm2")) {
      return Protocol.ITERM;
    }
    if (term.startsWith("foot") || term.startsWith("mlterm")) {
      return Protocol.SIXEL;
    }
    return Protocol.BLOCKS;
  }

  private static boolean trueColor(Map<String, String> env, Protocol protocol) {
    String colorTerm = env.getOrDefault("COLORTERM", "").toLowerCase(Locale.ROOT);
    String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
    return colorTerm.equals("truecolor") || colorTerm.equals("24bit") || term.endsWith("-direct")
        || protocol != Protocol.BLOCKS;
  }
}
