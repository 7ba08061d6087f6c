/**
 * The JSON edition and calendar feeds (DESIGN.md §4): reading, writing, and a source over a
 * folder, a URL or the jar.
 */
package org.termpaper.source.feed;
