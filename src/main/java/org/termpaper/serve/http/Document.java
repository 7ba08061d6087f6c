package org.termpaper.serve.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One document the station serves, in both its codings: the JSON bytes and their gzip, each
 * with its strong ETag (they differ, as two representations must), when it last changed, and
 * how long a client may keep it. Immutable (the arrays are never handed out to be changed).
 *
 * @param body the JSON, UTF-8
 * @param gzipped the same, gzip-compressed
 * @param etag the strong entity tag of {@code body}, quoted
 * @param lastModified when the archive last wrote what the document is made of, to the second
 * @param cacheControl the {@code Cache-Control} value
 */
record Document(byte[] body, byte[] gzipped, String etag, Instant lastModified,
    String cacheControl) {

  /** Checked again at each request: a client may keep it, but asks whether it changed. */
  static final String REVALIDATE = "public, no-cache";
  /** A past issue archived whole: it never changes, so a client keeps it without asking. */
  static final String KEEP = "public, max-age=31536000, immutable";

  static Document of(String json, Instant lastModified, String cacheControl) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return new Document(body, gzip(body), "\"" + digest(body) + "\"",
        lastModified.truncatedTo(ChronoUnit.SECONDS), cacheControl);
  }

  /** The ETag of the gzip coding: the plain one with a suffix, so the two never match. */
  String gzipEtag() {
    return etag.substring(0, etag.length() - 1) + "-gzip\"";
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
