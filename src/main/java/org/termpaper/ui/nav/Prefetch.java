package org.termpaper.ui.nav;

import java.util.Locale;

/**
 * Which neighbouring issues the reader loads ahead of time, so that {@code <} and {@code >} show
 * them at once: both, only the previous one (readers mostly go back in time from the newest), or
 * none, for a slow or metered link. Set by {@code prefetch} in the config file.
 */
public enum Prefetch {
  BOTH, PREVIOUS, NONE;

  /** The name in the config file: {@code both}, {@code previous} or {@code none}. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The setting named {@code name} in the config file.
   *
   * @throws IllegalArgumentException naming the value and the ones allowed
   */
  public static Prefetch named(String name) {
    for (Prefetch prefetch : values()) {
      if (prefetch.configName().equals(name)) {
        return prefetch;
      }
    }
    throw new IllegalArgumentException(
        "prefetch must be \"both\", \"previous\" or \"none\", not \"" + name + "\"");
  }
}
