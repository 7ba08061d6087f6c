/**
 * The names of keys ({@code Keys}), shared by the terminal layer ({@code ui.term}), which turns
 * the bytes of a terminal into them, and the navigation model ({@code ui.nav}) and the config
 * file, which bind them to actions; so that neither of those two imports the other.
 *
 * <p>Imports the JDK only.
 */
package org.termpaper.ui.key;
