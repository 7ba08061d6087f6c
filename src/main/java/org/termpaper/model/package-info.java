/**
 * The domain: a paper's editions, their pages, articles (a body of paragraphs, subheads and
 * figures in reading order), and its issue calendar, as immutable records that validate what
 * they are given.
 *
 * <p>Imports nothing but the JDK. Every other package may use this one.
 */
package org.termpaper.model;
