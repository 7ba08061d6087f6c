package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionsTest {
  private final List<String> calls = new ArrayList<>();

  /** A connection that records its calls, and fails the rollback when told. */
  private Connection connection(boolean rollbackFails) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          String call = method.getName() + (args == null ? "" : "(" + args[0] + ")");
          calls.add(call);
          if (rollbackFails && call.equals("rollback")) {
            throw new SQLException("disk I/O error");
          }
          return null;
        });
  }

  @Test
  void anErrorRollsBackBeforeAutoCommitIsSwitchedOn() {
    Connection db = connection(false);

    assertThatThrownBy(() -> Transactions.run(db, () -> {
      throw new StackOverflowError("deep");
    })).isInstanceOf(StackOverflowError.class);

    assertThat(calls).containsExactly("setAutoCommit(false)", "rollback", "setAutoCommit(true)");
  }

  @Test
  void aFailedRollbackKeepsTheFirstFailureAndNeverSwitchesAutoCommitOn() {
    Connection db = connection(true);
    OutOfMemoryError first = new OutOfMemoryError("halfway");

    assertThatThrownBy(() -> Transactions.run(db, () -> {
      throw first;
    })).isSameAs(first);

    assertThat(first.getSuppressed()).singleElement()
        .satisfies(e -> assertThat(e).hasMessage("disk I/O error"));
    // Closing rolls back what is left open; switching auto-commit on would commit it.
    assertThat(calls).containsExactly("setAutoCommit(false)", "rollback", "close");
  }

  @Test
  void workThatEndsWellIsCommitted() throws Exception {
    Connection db = connection(false);

    assertThat(Transactions.run(db, () -> 42)).isEqualTo(42);

    assertThat(calls).containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)");
  }
}
