/**
 * The archive: editions kept for offline reading in one SQLite file, with full-text search; the
 * source that reads them back; and the download of editions into it ({@code fetch}, the UI's
 * {@code d} key).
 *
 * <p>The only package that imports sqlite-jdbc. May import the model, config, net and source
 * packages; never Lanterna, never the cli or ui packages.
 */
package org.termpaper.archive;
