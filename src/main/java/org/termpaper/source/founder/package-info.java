/**
 * Founder-style e-paper sites (DESIGN.md §5): the source kind that recognises their URLs and
 * local mirrors, the site profiles that describe a layout as data, the charset sniffing, the
 * noise filter, the page, article and calendar parsers, the scope that keeps a crawl on the site
 * ({@link org.termpaper.source.founder.LinkScope}), and the bounded concurrent crawl of an
 * edition.
 *
 * <p>May import the model, text, config, net and source packages, jsoup and Jackson; never
 * Lanterna or OkHttp (bytes come through {@link org.termpaper.net.Fetcher}).
 */
package org.termpaper.source.founder;
