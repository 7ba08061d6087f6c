/**
 * The navigation model of the reading UI: where the reader is in an edition and the issue
 * calendar, and what each key leads to. Plain Java, fully unit-tested; it knows key names but
 * nothing of terminals.
 *
 * <p>Imports the model and the key names of {@code ui.key} only; no terminal ({@code ui.term}),
 * no Lanterna, no threads.
 */
package org.termpaper.ui.nav;
