/**
 * The reading UI: screens drawn from the navigation model ({@code ui.nav}) on termpaper's own
 * terminal layer ({@code ui.term}), loading off the UI thread, words in English or Chinese.
 *
 * <p>The UI draws and maps keys; the navigation model decides. Imports {@code model},
 * {@code source}, {@code archive} (its search hits and download results), {@code layout},
 * {@code text}, {@code speech} (reading aloud), {@code picture} (decoding and encoding the
 * photos of the {@code i} key), {@code config} (with Jackson's tree of a config section) and its
 * own {@code ui.nav}, {@code ui.term} and {@code ui.key}; no Lanterna (see {@code ui.term} for
 * why).
 */
package org.termpaper.ui;
