package org.termpaper.net;

/**
 * What a {@link Fetcher} has sent and received so far, or between two moments (see
 * {@link #minus}). Immutable.
 *
 * @param requests resources asked for over HTTP, retries and redirects not counted again
 * @param cacheHits resources served from the disk cache without asking the server
 * @param notModified resources the server confirmed unchanged (a 304 to a conditional request)
 * @param failures resources that could not be fetched
 * @param bytesReceived bytes of response headers and bodies read from the network, as sent
 *     (compressed when the server used gzip)
 */
public record TransferStats(
    long requests, long cacheHits, long notModified, long failures, long bytesReceived) {

  public static final TransferStats ZERO = new TransferStats(0, 0, 0, 0, 0);

  /** The difference between this later snapshot and an {@code earlier} one. */
  public TransferStats minus(TransferStats earlier) {
    return new TransferStats(requests - earlier.requests, cacheHits - earlier.cacheHits,
        notModified - earlier.notModified, failures - earlier.failures,
        bytesReceived - earlier.bytesReceived);
  }
}
