/**
 * Text safety and Unicode text facts: cleaning hostile text from sources, column widths of
 * grapheme clusters.
 *
 * <p>Imports the model and ICU4J; no Lanterna, no OkHttp.
 */
package org.termpaper.text;
