/**
 * Fetching bytes by URL: HTTP through OkHttp and local files, with timeouts, a deadline, size
 * bounds, retries with backoff, a bounded disk cache that makes conditional requests, gzip, a
 * per-host limit, proxies from the environment, and counters of what went over the wire.
 *
 * <p>The only package that imports OkHttp. Knows nothing of papers or editions; imports only the
 * model (for the exception base type).
 */
package org.termpaper.net;
