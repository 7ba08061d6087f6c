package org.termpaper.serve;

import java.time.Duration;

/**
 * One way a station serves its readers: edition feeds over HTTP, the text UI over SSH. The
 * station starts each with the one {@link StationContext} all of them share, and stops each at
 * the end, in the reverse order. Implementations need not be thread-safe between
 * {@link #start} and {@link #stop}, which the station calls from one thread, once each.
 */
public interface StationService {

  /** A short name for the event log, such as {@code http} or {@code ssh}. */
  String name();

  /**
   * Starts serving and returns once the service accepts connections (a port taken is a
   * {@link org.termpaper.model.TermpaperException} saying which, thrown from here).
   */
  void start(StationContext context);

  /**
   * Where the service listens, for the start line of the log ({@code 127.0.0.1:8080}); known
   * once {@link #start} has returned.
   */
  String address();

  /**
   * Stops accepting, tells the sessions still open, and lets them end within {@code deadline};
   * whatever is left then is closed. Never throws.
   */
  void stop(Duration deadline);
}
