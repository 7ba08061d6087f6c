package org.termpaper.source.founder;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Every string held by a tree of records and lists, for properties over the whole model. */
final class ModelStrings {
  /** Markup that no text of the model may hold: a tag, a break, an unresolved entity. */
  static final Pattern MARKUP =
      Pattern.compile("(?i)<br|&nbsp;|&#|&[a-z]{2,8};|</?[a-z][a-z0-9-]*(\\s[^<>]*)?/?>");

  private ModelStrings() {}

  static List<String> of(Object root) {
    List<String> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value instanceof String s) {
      out.add(s);
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> collect(v, out));
    } else if (value != null && value.getClass().isRecord() && !(value instanceof URI)) {
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          collect(rc.getAccessor().invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
