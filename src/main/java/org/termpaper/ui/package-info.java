/**
 * The reading UI: screens drawn from the navigation model ({@code ui.nav}) on termpaper's own
 * terminal layer ({@code ui.term}), loading off the UI thread, words in English or Chinese.
 *
 * <p>The only packages that import Lanterna are this one's subpackage {@code ui.term}; the UI
 * draws and maps keys, the navigation model decides. Imports {@code model}, {@code source},
 * {@code layout}, {@code text} and {@code config}.
 */
package org.termpaper.ui;
