/**
 * The reading station ({@code termpaper serve}): what every service of a station shares (the
 * {@link org.termpaper.serve.StationContext}), the {@link org.termpaper.serve.StationService}
 * seam through which the HTTP feed server ({@code serve.http}) and the SSH reader plug in, the
 * event log, and the scheduled fetching of the served sources into the archive.
 *
 * <p>May import the model, text, config, net, source and archive packages. Its sub-packages
 * import this one, never the other way round, and never the cli package: {@code serve.http}
 * imports nothing more; {@code serve.ssh} may also import {@code ui} and {@code layout}, since it
 * runs the reader per session (DESIGN.md: the station reuses {@code ui}). No package but cli
 * imports the station's.
 */
package org.termpaper.serve;
