/**
 * Text printing shared by the command line and the station's exec commands: an edition, a page
 * or an article as text ({@link org.termpaper.print.TextDump}), the choice of page and article
 * ({@link org.termpaper.print.DumpChoice}), and search hits ({@link
 * org.termpaper.print.SearchText}), so that {@code termpaper dump} and {@code ssh station dump}
 * print the same.
 *
 * <p>May import the model, text, layout and archive packages; never cli, serve or ui.
 */
package org.termpaper.print;
