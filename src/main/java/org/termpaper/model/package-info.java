/**
 * The domain: a paper's editions, their pages, articles and figures, and its issue calendar, as
 * immutable records that validate what they are given.
 *
 * <p>Imports nothing but the JDK. Every other package may use this one.
 */
package org.termpaper.model;
