package org.termpaper.serve;

import java.time.LocalDate;

/**
 * Told when the station has archived an issue of a served source, so that sessions can show
 * it at once. Called on the fetching thread; implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface IssueListener {
  void archived(ServedSource source, LocalDate date);
}
