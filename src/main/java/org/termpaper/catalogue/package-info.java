/**
 * The catalogue of real papers: the Chinese dailies whose e-paper termpaper reads, shipped in
 * the jar as data ({@code papers.toml}), merged with the sources of the user's config file, so
 * that {@code --source rmrb} opens 人民日报 and {@code termpaper papers} lists them.
 *
 * <p>Imports the config package, Jackson and the JDK; nothing above it.
 */
package org.termpaper.catalogue;
