package org.termpaper.net;

import java.net.URI;

/**
 * A fetched resource: where it was finally read from (after redirects), its declared content
 * type and its bytes. Immutable by convention: do not change the array.
 *
 * @param url the final URL
 * @param contentType the {@code Content-Type} header, or null (always null for files)
 * @param body the bytes, never null
 */
public record Response(URI url, String contentType, byte[] body) {}
