/**
 * The station's edition feeds over HTTP ({@code serve --http PORT}): {@code GET /} lists the
 * served sources ({@code termpaper.station/1}), {@code /NAME/calendar.json} and
 * {@code /NAME/YYYY-MM-DD.json} are the feeds of {@code docs/feed-format.md} made from the
 * archive, with strong ETags, Last-Modified, 304 answers and gzip.
 *
 * <p>Built on the JDK's own {@code com.sun.net.httpserver}: no dependency to add, and it has the
 * bounds a server on the internet needs (request header size, connections, time to send a
 * request) as settings. Imports the {@code serve} package, the archive, the model and the feed
 * writer; never the cli or ui packages.
 */
package org.termpaper.serve.http;
