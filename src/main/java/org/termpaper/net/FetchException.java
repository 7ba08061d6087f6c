package org.termpaper.net;

import java.net.URI;
import org.termpaper.model.TermpaperException;

/**
 * A resource could not be fetched: the server answered with an error status, the connection
 * failed, the body was too large or cut short. Carries the URL and, where there was one, the
 * HTTP status.
 */
public final class FetchException extends TermpaperException {
  private final URI url;
  private final int status;

  public FetchException(URI url, int status, String reason) {
    super(url + ": " + reason);
    this.url = url;
    this.status = status;
  }

  public FetchException(URI url, String reason, Throwable cause) {
    super(url + ": " + reason, cause);
    this.url = url;
    this.status = 0;
  }

  public URI url() {
    return url;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** The reason alone, without the URL: {@code HTTP 404}, {@code timed out}. */
  public String reason() {
    String message = getMessage();
    String prefix = url + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
