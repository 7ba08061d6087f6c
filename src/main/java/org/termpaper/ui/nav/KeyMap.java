package org.termpaper.ui.nav;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.termpaper.ui.key.Keys;

/**
 * Which key does which {@link Action}: the defaults of DESIGN.md §3, with the bindings of the
 * config file's {@code [keys]} table laid over them. Immutable and thread-safe.
 *
 * <p>A binding names an action and gives its keys separated by spaces, for example
 * {@code next-article = "n Right"}; it replaces that action's default keys. Key names are those
 * of {@link Keys}. A key bound twice belongs to the binding named last in the file, and is taken
 * from the defaults of every other action, so that each key has one action and the help lists
 * it once.
 */
public final class KeyMap {
  private final Map<String, Action> byKey;
  private final Map<Action, List<String>> byAction;

  private KeyMap(Map<Action, List<String>> byAction) {
    this.byAction = Collections.unmodifiableMap(byAction);
    Map<String, Action> keys = new LinkedHashMap<>();
    for (Map.Entry<Action, List<String>> entry : byAction.entrySet()) {
      for (String key : entry.getValue()) {
        keys.put(key, entry.getKey());
      }
    }
    this.byKey = Collections.unmodifiableMap(keys);
  }

  /** The default bindings. */
  public static KeyMap defaults() {
    return of(Map.of());
  }

  /**
   * The defaults with {@code bindings} (action name to keys, in the order of the file) laid over
   * them. Each binding takes its keys away from every other action, so a key belongs to one
   * action only: the one named last.
   *
   * @throws IllegalArgumentException naming an unknown action or key
   */
  public static KeyMap of(Map<String, String> bindings) {
    Map<Action, List<String>> byAction = new EnumMap<>(Action.class);
    for (Action action : Action.values()) {
      byAction.put(action, action.defaultKeys());
    }
    for (Map.Entry<String, String> binding : bindings.entrySet()) {
      Action action = named(binding.getKey());
      List<String> keys = keys(binding.getKey(), binding.getValue());
      byAction.replaceAll((other, bound) -> without(bound, keys));
      byAction.put(action, keys);
    }
    return new KeyMap(byAction);
  }

  /** The action bound to {@code key}, or empty. */
  public Optional<Action> action(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The keys bound to {@code action}, in the order given; may be empty. */
  public List<String> keys(Action action) {
    return byAction.get(action);
  }

  private static Action named(String name) {
    for (Action action : Action.values()) {
      if (action.configName().equals(name)) {
        return action;
      }
    }
    throw new IllegalArgumentException("[keys]: no action named '" + name + "'");
  }

  private static List<String> without(List<String> bound, List<String> taken) {
    List<String> kept = new ArrayList<>(bound);
    kept.removeAll(taken);
    return List.copyOf(kept);
  }

  /** The keys of a binding, each once, in the order given. */
  private static List<String> keys(String action, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("[keys] " + action + ": no key given");
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String key : value.strip().split("\\s+")) {
      if (!Keys.isValid(key)) {
        throw new IllegalArgumentException("[keys] " + action + ": unknown key '" + key + "'");
      }
      keys.add(key);
    }
    return List.copyOf(keys);
  }
}
