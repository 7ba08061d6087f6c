package org.termpaper.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class PrerequisiteTest {
  private static final String REASON = "tmux is not installed";

  @Test
  void whatIsMissingSkipsADevelopersRunWithItsReason() {
    assertThatThrownBy(() -> Prerequisite.require(false, REASON, Map.of()))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining(REASON);
    assertThatThrownBy(() -> Prerequisite.require(false, REASON, Map.of("CI", "false")))
        .isInstanceOf(TestAbortedException.class);
  }

  @Test
  void whatIsMissingFailsUnderCi() {
    assertThatThrownBy(() -> Prerequisite.require(false, REASON, Map.of("CI", "true")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("CI=true, so this test may not be skipped: " + REASON);
  }

  @Test
  void whatIsPresentRunsEverywhere() {
    assertThatCode(() -> Prerequisite.require(true, REASON, Map.of("CI", "true")))
        .doesNotThrowAnyException();
  }
}
