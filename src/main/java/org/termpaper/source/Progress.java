package org.termpaper.source;

/**
 * Told how far the reading of an edition has come. Called from any thread; implementations must
 * be thread-safe and quick.
 */
@FunctionalInterface
public interface Progress {
  /** Nothing to report to. */
  Progress NONE = (what, done, total) -> {};

  /**
   * @param what what was just read, such as a page or article URL
   * @param done how many parts are read
   * @param total how many parts there are as far as known now (may grow)
   */
  void step(String what, int done, int total);
}
