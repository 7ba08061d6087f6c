package org.termpaper.archive;

/**
 * A picture or PDF written into the archive by {@link Archive#stage} and not yet given to an
 * issue: a handle to pass to {@link Archive#storeStaged}, {@link Archive#attachStaged} or
 * {@link Archive#discard}. Immutable.
 *
 * @param id its row in the archive
 * @param url where it was fetched from
 * @param kind what it is
 * @param contentType the server's {@code Content-Type}, or null
 * @param size its length in bytes
 */
public record StagedResource(long id, String url, Resource.Kind kind, String contentType,
    long size) {}
