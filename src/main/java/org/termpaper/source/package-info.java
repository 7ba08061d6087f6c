/**
 * Where editions come from: the {@link org.termpaper.source.EditionSource} interface, the kinds
 * of source and the resolver that picks one for a {@code --source} argument. The archive plugs
 * in through {@link org.termpaper.source.OfflineEditions}: the resolver reads it for a web
 * source when offline, and falls back to it when the network fails.
 *
 * <p>May import the model, text, config, catalogue and net packages, Jackson and jsoup; never
 * Lanterna.
 */
package org.termpaper.source;
