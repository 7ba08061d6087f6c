package org.termpaper.config;

import org.termpaper.model.TermpaperException;

/** The config file cannot be read or holds a value of the wrong kind; names file and key. */
public final class ConfigException extends TermpaperException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
