/**
 * The reading station ({@code termpaper serve}): what every service of a station shares (the
 * {@link org.termpaper.serve.StationContext}), the {@link org.termpaper.serve.StationService}
 * seam through which the HTTP feed server ({@code serve.http}) and the SSH reader plug in, the
 * event log, and the scheduled fetching of the served sources into the archive.
 *
 * <p>May import the model, text, config, net, source and archive packages; its sub-packages
 * import this one, never the other way round; never the cli package.
 */
package org.termpaper.serve;
