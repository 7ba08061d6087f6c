/**
 * termpaper's own thin terminal layer: a grid of cells measured by {@code ColumnWidth}, a screen
 * that sends only the cells that changed (with scroll regions for moved lines), the real
 * terminal (raw mode by {@code stty}, size without a round trip, resize signals), and keys.
 *
 * <p>It replaces Lanterna's screen and terminal, which measure by UTF-16 unit, write {@code 𠮷}
 * as {@code ??}, let C1 controls through, add a NUL after some characters and ask the terminal
 * for its size by a round trip (DESIGN.md §7, checked against 3.1.3), and Lanterna's key
 * decoder, which loses a CR and the key after it. Imports {@code text}, the key names of
 * {@code ui.key} and the JDK only; never the navigation model.
 */
package org.termpaper.ui.term;
