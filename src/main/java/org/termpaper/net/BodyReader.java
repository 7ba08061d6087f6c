package org.termpaper.net;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a response body as it arrives, for {@link Fetcher#stream}: a body never held whole in
 * memory. Over HTTP a failed attempt is asked again, and the reader called again on the new
 * body, so it must leave nothing behind when it throws.
 *
 * @param <T> what it makes of the body
 */
@FunctionalInterface
public interface BodyReader<T> {
  /**
   * @param contentType the {@code Content-Type} header, or null (always null for files)
   * @param body the body, which throws an {@link IOException} past the fetcher's size bound
   */
  T read(String contentType, InputStream body) throws IOException;
}
