package org.termpaper.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A speech engine's command line: a program and its arguments, run as a process (never through
 * a shell) that reads the text to speak on its standard input. Immutable.
 *
 * <p>It comes from the config's {@value #CONFIG_KEY} setting, words separated by spaces, with
 * single or double quotes around a word that holds spaces ({@code read-aloud = "espeak-ng -v
 * cmn"}); else it is the first of {@link #DEFAULTS} whose program is on the {@code PATH}.
 *
 * @param command the program (a name looked up on the {@code PATH}, or a path) and its
 *     arguments; never empty
 */
public record Engine(List<String> command) {
  /** The config file's key for the engine. */
  public static final String CONFIG_KEY = "read-aloud";

  /**
   * The engines looked for when the config names none, in this order: eSpeak NG with its
   * Mandarin voice, Speech Dispatcher's client (waiting for each part to be spoken, so that
   * stopping works and the status line follows), macOS's {@code say}.
   */
  public static final List<Engine> DEFAULTS = List.of(
      new Engine(List.of("espeak-ng", "-v", "cmn")),
      new Engine(List.of("spd-say", "-w", "-e")),
      new Engine(List.of("say")));

  public Engine {
    command = List.copyOf(command);
    if (command.isEmpty() || command.get(0).isBlank()) {
      throw new IllegalArgumentException(CONFIG_KEY + " names no program");
    }
  }

  /** The program's name or path, as given. */
  public String program() {
    return command.get(0);
  }

  /**
   * The engine a {@value #CONFIG_KEY} value names.
   *
   * @throws IllegalArgumentException for an empty value or an unclosed quote
   */
  public static Engine parse(String configured) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : configured.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (quote != 0) {
      throw new IllegalArgumentException(CONFIG_KEY + " has an unclosed " + quote);
    }
    if (word != null) {
      words.add(word.toString());
    }
    return new Engine(words);
  }

  /** The first of {@link #DEFAULTS} whose program {@link #find} finds, or empty. */
  public static Optional<Engine> firstFound(Map<String, String> env) {
    return DEFAULTS.stream().filter(e -> e.find(env).isPresent()).findFirst();
  }

  /** The names of the programs of {@link #DEFAULTS}, for saying what was looked for. */
  public static String defaultNames() {
    return String.join(", ", DEFAULTS.stream().map(Engine::program).toList());
  }

  /**
   * The program as an executable file: the path given when it holds a {@code /}, else the first
   * match in the folders of {@code PATH}; empty when there is none.
   */
  public Optional<Path> find(Map<String, String> env) {
    String program = program();
    if (program.contains("/")) {
      try {
        Path path = Path.of(program);
        return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path)
            : Optional.empty();
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
    for (String folder : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      try {
        Path candidate = Path.of(folder).resolve(program);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (InvalidPathException e) {
        // not a folder this system can name; the next one may be
      }
    }
    return Optional.empty();
  }

  /**
   * True when the terminal is not on this machine, so that sound would play elsewhere: a session
   * reached over SSH ({@code SSH_CONNECTION}, {@code SSH_CLIENT} or {@code SSH_TTY} set).
   */
  public static boolean isRemote(Map<String, String> env) {
    return List.of("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY").stream()
        .anyMatch(name -> !env.getOrDefault(name, "").isBlank());
  }
}
