package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.TermpaperException;

/** Every failure a worker answers is logged: an expected one in a line, a bug with its trace. */
class FailuresTest {
  private final Logger log = Logger.getLogger("org.termpaper.ui");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    log.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    log.removeHandler(handler);
  }

  @Test
  void anExpectedFailureIsLoggedInOneLineWithWhatWasDone() {
    String reason = Failures.logged("loading the issue of 2022-07-18",
        new TermpaperException("HTTP 503 for 2022-07-18"));

    assertThat(reason).isEqualTo("HTTP 503 for 2022-07-18");
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.WARNING);
      assertThat(r.getMessage())
          .isEqualTo("loading the issue of 2022-07-18 failed: HTTP 503 for 2022-07-18");
      assertThat(r.getThrown()).isNull();
    });
  }

  @Test
  void aBugIsLoggedWithItsStackTrace() {
    IllegalStateException bug = new IllegalStateException("no page 0");

    assertThat(Failures.logged("loading the newest issue", bug))
        .isEqualTo("IllegalStateException: no page 0");
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
      assertThat(r.getThrown()).isSameAs(bug);
    });
  }
}
