/**
 * Where editions come from: the {@link org.termpaper.source.EditionSource} interface, the kinds
 * of source and the resolver that picks one for a {@code --source} argument.
 *
 * <p>May import the model, text, config and net packages, Jackson and jsoup; never Lanterna.
 */
package org.termpaper.source;
