package org.termpaper.ui;

/**
 * What the status line says of the work behind the screen: whether the source may go online,
 * and how far the loading of an issue has come. Immutable.
 *
 * @param online the source may use the network
 * @param loading an issue is being loaded
 * @param done parts of it read so far
 * @param total parts known so far; 0 when unknown
 */
record Activity(boolean online, boolean loading, int done, int total) {
  static Activity idle(boolean online) {
    return new Activity(online, false, 0, 0);
  }
}
