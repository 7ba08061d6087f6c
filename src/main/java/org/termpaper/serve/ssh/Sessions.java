package org.termpaper.serve.ssh;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The reader sessions running now, to be told when the station stops. Thread-safe. */
final class Sessions {
  private final Set<ReaderShell> live = ConcurrentHashMap.newKeySet();

  void add(ReaderShell shell) {
    live.add(shell);
  }

  void remove(ReaderShell shell) {
    live.remove(shell);
  }

  int size() {
    return live.size();
  }

  /** Bytes queued for all clients now. */
  long queued() {
    return live.stream().mapToLong(ReaderShell::queued).sum();
  }

  /** How often frames were dropped, over the readers running now. */
  long drops() {
    return live.stream().mapToLong(ReaderShell::drops).sum();
  }

  /** Ends every reader; each gives its terminal back and says why. */
  void stopAll() {
    List.copyOf(live).forEach(ReaderShell::stop);
  }
}
