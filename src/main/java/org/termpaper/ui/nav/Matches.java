package org.termpaper.ui.nav;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where the words of a search occur in the lines of a laid-out article, ignoring case and white
 * space: a match runs on from one line to the next, and neither the layout's indents nor the
 * spaces it drops at line ends stop it. Stateless.
 */
public final class Matches {
  private Matches() {}

  /**
   * Part of a match on one line: the characters from {@code start} to {@code end} (exclusive,
   * {@code String} indexes) of line {@code line}. Immutable.
   */
  public record Span(int line, int start, int end) {}

  /** Every occurrence of every term in {@code lines}, by line and then by start. */
  public static List<Span> find(List<String> lines, List<String> terms) {
    StringBuilder folded = new StringBuilder();
    List<int[]> origin = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      String line = lines.get(l);
      for (int i = 0; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (!Character.isWhitespace(ch)) {
          folded.append(Character.toLowerCase(ch));
          origin.add(new int[] {l, i});
        }
      }
    }
    List<Span> spans = new ArrayList<>();
    String text = folded.toString();
    for (String term : terms) {
      String wanted = fold(term);
      if (wanted.isEmpty()) {
        continue;
      }
      int at = text.indexOf(wanted);
      while (at >= 0) {
        addSpans(spans, origin, at, at + wanted.length());
        at = text.indexOf(wanted, at + wanted.length());
      }
    }
    spans.sort(Comparator.comparingInt(Span::line).thenComparingInt(Span::start));
    return spans;
  }

  /** The characters {@code from..to} of the folded text, as one span per line they are on. */
  private static void addSpans(List<Span> spans, List<int[]> origin, int from, int to) {
    int first = from;
    for (int k = from + 1; k <= to; k++) {
      if (k == to || origin.get(k)[0] != origin.get(first)[0]) {
        int[] start = origin.get(first);
        spans.add(new Span(start[0], start[1], origin.get(k - 1)[1] + 1));
        first = k;
      }
    }
  }

  private static String fold(String term) {
    StringBuilder folded = new StringBuilder();
    for (int i = 0; i < term.length(); i++) {
      char ch = term.charAt(i);
      if (!Character.isWhitespace(ch)) {
        folded.append(Character.toLowerCase(ch));
      }
    }
    return folded.toString();
  }
}
