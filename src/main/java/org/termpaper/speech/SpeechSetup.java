package org.termpaper.speech;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Whether and how articles can be read aloud here: the engine and its program, or what was
 * looked for in vain, and whether the terminal is on another machine. Immutable.
 *
 * @param engine the engine, or null when none was found
 * @param program the engine's program as found, or null with no engine
 * @param missing what was looked for when no engine was found (the configured program, or the
 *     default ones), else null
 * @param remote true when the terminal is not on this machine: nothing is then read aloud
 */
public record SpeechSetup(Engine engine, Path program, String missing, boolean remote) {
  /** No engine and nothing looked for: what tests and a station without sound use. */
  public static final SpeechSetup NONE =
      new SpeechSetup(null, null, Engine.defaultNames(), false);

  /**
   * The engine {@code configured} names (the config's {@value Engine#CONFIG_KEY}), else the
   * first default on the {@code PATH} of {@code env}; remote when {@code env} says SSH.
   *
   * @throws IllegalArgumentException when {@code configured} is not a command line
   */
  public static SpeechSetup of(Optional<String> configured, Map<String, String> env) {
    boolean remote = Engine.isRemote(env);
    Optional<Engine> engine = configured.map(Engine::parse).or(() -> Engine.firstFound(env));
    Optional<Path> program = engine.flatMap(e -> e.find(env));
    if (program.isEmpty()) {
      String looked = configured.isPresent() ? engine.get().program() : Engine.defaultNames();
      return new SpeechSetup(null, null, looked, remote);
    }
    return new SpeechSetup(engine.get(), program.get(), null, remote);
  }

  /** The speaker of this engine; empty when there is none. */
  public Optional<Speaker> speaker() {
    return engine == null ? Optional.empty() : Optional.of(new Speaker(program, engine));
  }
}
