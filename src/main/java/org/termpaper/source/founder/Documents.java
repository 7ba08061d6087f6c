package org.termpaper.source.founder;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.termpaper.net.FetchException;
import org.termpaper.net.Fetcher;
import org.termpaper.net.Response;

/**
 * Fetches a document and decodes it with {@link CharsetSniffer}. Thread-safe.
 */
final class Documents {
  private final Function<URI, Response> fetcher;

  Documents(Fetcher fetcher) {
    this(fetcher::get);
  }

  /** Documents read by {@code fetcher}, which throws {@link FetchException} on failure. */
  Documents(Function<URI, Response> fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * A fetched and decoded document.
   *
   * @param url where it was finally read from
   * @param text the decoded text
   * @param bytes how many bytes were read
   * @param warnings charset problems; may be empty
   */
  record Text(URI url, String text, int bytes, List<String> warnings) {
    Text {
      warnings = List.copyOf(warnings);
    }

    Document html() {
      return Jsoup.parse(text, url.toString());
    }
  }

  /**
   * The document at {@code url}; for a mirror, {@code mirrorFile} is tried when the plain file
   * is missing.
   *
   * @throws FetchException when it cannot be read
   */
  Text get(URI url, URI mirrorFile) {
    if (Thread.currentThread().isInterrupted()) {
      throw new FetchException(url, 0, "cancelled");
    }
    Response response;
    try {
      response = fetcher.apply(url);
    } catch (FetchException e) {
      if (mirrorFile == null || e.status() != 404) {
        throw e;
      }
      response = fetcher.apply(mirrorFile);
    }
    CharsetSniffer.Decoded decoded =
        CharsetSniffer.decode(response.body(), response.contentType(), url.toString());
    return new Text(response.url(), decoded.text(), response.body().length, decoded.warnings());
  }

  Text get(URI url) {
    return get(url, null);
  }
}
