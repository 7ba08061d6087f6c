package org.termpaper.testing;

import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (the corpus beside the project, tmux): without it the test
 * is skipped, saying why, on a developer's machine, and fails under {@code CI=true}, so that CI
 * can never go green without running it. Stateless.
 */
public final class Prerequisite {
  private Prerequisite() {}

  /** Goes on when {@code present}; else skips, or fails under {@code CI=true}, with the reason. */
  public static void require(boolean present, String reason) {
    require(present, reason, System.getenv());
  }

  static void require(boolean present, String reason, Map<String, String> env) {
    if (present) {
      return;
    }
    if ("true".equalsIgnoreCase(env.getOrDefault("CI", "").strip())) {
      Assertions.fail("CI=true, so this test may not be skipped: " + reason);
    }
    Assumptions.abort(reason);
  }
}
