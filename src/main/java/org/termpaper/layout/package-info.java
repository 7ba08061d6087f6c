/**
 * Text to lines of a given column width: CJK-aware line breaking ({@link
 * org.termpaper.layout.LineBreaker}, rules B1–B7 of DESIGN.md §6) and the layout of an article
 * into styled lines ({@link org.termpaper.layout.ArticleLayout}, P1–P2). Pure functions of text
 * and width: the same input gives the same lines, and no line is wider than its width.
 *
 * <p>Imports the model, {@code text} (column widths) and ICU4J; never Lanterna or anything that
 * draws, so that the text UI and {@code dump} lay out alike.
 */
package org.termpaper.layout;
