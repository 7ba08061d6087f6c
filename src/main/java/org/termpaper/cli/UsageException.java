package org.termpaper.cli;

/** A command line that parses but asks for something impossible; exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
