package org.termpaper.ui;

/**
 * What the status line says of the work behind the screen: how the source reaches its paper,
 * and how far the loading of an issue has come. Immutable.
 *
 * @param link online, offline or local
 * @param loading an issue is being loaded
 * @param done parts of it read so far
 * @param total parts known so far; 0 when unknown
 */
record Activity(Link link, boolean loading, int done, int total) {
  static Activity idle(Link link) {
    return new Activity(link, false, 0, 0);
  }
}
