package org.termpaper.serve.ssh;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.sshd.server.command.CommandFactory;

/**
 * What an exec request may run: {@code dump}, {@code calendar} and {@code search}, with the
 * options that only choose what to print. Every option that picks another source, another data
 * folder or a way of writing anything is refused, as is every other command. Immutable.
 */
final class ExecLine {
  /** Each command's options that take a value, and those that do not. */
  private static final Map<String, Set<String>> WITH_VALUE = Map.of(
      "dump", Set.of("--page", "--page-name", "--article", "--date", "--format"),
      "calendar", Set.of("--month", "--format"),
      "search", Set.of("--limit"));
  private static final Map<String, Set<String>> FLAGS = Map.of(
      "dump", Set.of("--ambiguous-wide", "--help"),
      "calendar", Set.of("--help"),
      "search", Set.of("--help"));
  static final String REFUSAL =
      "termpaper: only dump, calendar and search WORD run here, or the reader with no command";
  private static final int MAX_LENGTH = 1000;

  private ExecLine() {}

  /** The words of {@code command} when it may run here, else empty. */
  static Optional<List<String>> parse(String command) {
    if (command == null || command.length() > MAX_LENGTH
        || command.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    List<String> words;
    try {
      words = CommandFactory.split(command.strip());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (words.isEmpty() || !WITH_VALUE.containsKey(words.get(0))) {
      return Optional.empty();
    }
    String name = words.get(0);
    boolean hasWord = false;
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("-")) {
        if (!name.equals("search")) {
          return Optional.empty();
        }
        hasWord = true;
        continue;
      }
      String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      if (WITH_VALUE.get(name).contains(option)) {
        if (!word.contains("=")) {
          i++;
        }
      } else if (!FLAGS.get(name).contains(word)) {
        return Optional.empty();
      }
    }
    if (name.equals("search") && !hasWord) {
      return Optional.empty();
    }
    return Optional.of(List.copyOf(words));
  }
}
