package org.termpaper.layout;

import java.util.Arrays;
import java.util.List;
import org.termpaper.text.ColumnWidth;

/** A block of text cut into grapheme clusters, with their offsets and running column counts. */
final class ClusterText {
  private final String text;
  private final int size;
  private final int[] start;
  private final int[] columnsBefore;

  ClusterText(String text, ColumnWidth width) {
    List<String> clusters = width.clusters(text);
    this.text = text;
    this.size = clusters.size();
    this.start = new int[size + 1];
    this.columnsBefore = new int[size + 1];
    for (int i = 0; i < size; i++) {
      String cluster = clusters.get(i);
      start[i + 1] = start[i] + cluster.length();
      columnsBefore[i + 1] = columnsBefore[i] + width.ofCluster(cluster);
    }
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  /** The char offset where cluster {@code i} starts; {@code size()} gives the text's length. */
  int start(int i) {
    return start[i];
  }

  /** The cluster that holds char offset {@code offset}; {@code size()} for the text's end. */
  int clusterAt(int offset) {
    int found = Arrays.binarySearch(start, 0, size + 1, offset);
    return found >= 0 ? found : -found - 2;
  }

  int firstCodePoint(int i) {
    return text.codePointAt(start[i]);
  }

  int lastCodePoint(int i) {
    return text.codePointBefore(start[i + 1]);
  }

  boolean isSpace(int i) {
    return start[i + 1] - start[i] == 1 && text.charAt(start[i]) == ' ';
  }

  /** The columns of clusters {@code from} (inclusive) to {@code to} (exclusive). */
  int columns(int from, int to) {
    return columnsBefore[to] - columnsBefore[from];
  }

  /** Like {@link #columns} without the spaces at the end, which a line break drops. */
  int visibleColumns(int from, int to) {
    return columns(from, trimEnd(from, to));
  }

  /** The end of clusters {@code from} to {@code to} with the spaces at the end left out. */
  int trimEnd(int from, int to) {
    int end = to;
    while (end > from && isSpace(end - 1)) {
      end--;
    }
    return end;
  }

  /** The first cluster at or after {@code from} that is not a space, or {@code size()}. */
  int skipSpaces(int from) {
    int i = from;
    while (i < size && isSpace(i)) {
      i++;
    }
    return i;
  }

  String substring(int from, int to) {
    return text.substring(start[from], start[to]);
  }
}
