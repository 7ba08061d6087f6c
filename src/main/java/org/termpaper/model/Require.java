package org.termpaper.model;

import java.util.List;
import java.util.Objects;

/** Argument checks for the records of the model, with messages that name the field. */
final class Require {
  private Require() {}

  static String nonBlank(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static <T> T nonNull(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required");
  }

  /** An immutable copy of a list that may be null (then empty); null elements are an error. */
  static <T> List<T> copy(List<T> list, String field) {
    if (list == null) {
      return List.of();
    }
    for (T element : list) {
      if (element == null) {
        throw new IllegalArgumentException(field + " holds a null element");
      }
    }
    return List.copyOf(list);
  }

  /** Null for a blank optional string, so that "" and null mean the same: absent. */
  static String optional(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
