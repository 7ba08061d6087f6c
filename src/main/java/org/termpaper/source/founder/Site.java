package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A Founder site as found from what the user gave: the profile to read it with, its root, and
 * the page or article the location led to with its issue date. Immutable.
 *
 * @param profile the site profile
 * @param root the site root, ending in {@code /}
 * @param anchor the page or article the location is or redirects to
 * @param date the issue date of {@code anchor}: the newest issue when the location was the site
 *     root or an index page
 * @param role whether {@code anchor} is a page or an article
 */
record Site(SiteProfile profile, URI root, URI anchor, LocalDate date, UrlLayout.Role role) {

  static Site of(SiteProfile profile, URI url, UrlLayout.Match match) {
    return new Site(profile, match.root(), Links.canonical(url), match.date(), match.role());
  }

  /** Where the links of the site's pages may lead: its scheme, its host or mirror folder. */
  LinkScope scope() {
    return LinkScope.of(root, profile);
  }

  /** The paper's id: the last folder of the root ({@code lzcb}), else the host. */
  String paperId() {
    String path = root.getPath() == null ? "" : root.getPath();
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isBlank()) {
        return parts[i].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_-]+", "-");
      }
    }
    String host = root.getHost();
    return host == null || host.isBlank() ? "founder"
        : host.toLowerCase(Locale.ROOT).replace('.', '-');
  }
}
