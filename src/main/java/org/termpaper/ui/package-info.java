/**
 * The reading UI: screens drawn from the navigation model ({@code ui.nav}) on termpaper's own
 * terminal layer ({@code ui.term}), loading off the UI thread, words in English or Chinese.
 *
 * <p>The UI draws and maps keys; the navigation model decides. Imports {@code model},
 * {@code source}, {@code layout}, {@code text} and {@code config}; no Lanterna (see
 * {@code ui.term} for why).
 */
package org.termpaper.ui;
