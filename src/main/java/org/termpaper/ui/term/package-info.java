/**
 * termpaper's own thin terminal layer: a grid of cells measured by {@code ColumnWidth}, a screen
 * that sends only the cells that changed (with scroll regions for moved lines), the real
 * terminal (raw mode by {@code stty}, size without a round trip, resize signals), and keys.
 *
 * <p>Lanterna is used for one thing only, decoding the bytes of keys into key strokes: its own
 * screen measures by UTF-16 unit, writes {@code 𠮷} as {@code ??}, lets C1 controls through and
 * asks the terminal for its size by a round trip (DESIGN.md §7). Imports {@code text} and
 * Lanterna's {@code input} package.
 */
package org.termpaper.ui.term;
