/**
 * Fetching bytes by URL: HTTP through OkHttp and local files, with timeouts and size bounds.
 *
 * <p>The only package that imports OkHttp. Knows nothing of papers or editions.
 */
package org.termpaper.net;
