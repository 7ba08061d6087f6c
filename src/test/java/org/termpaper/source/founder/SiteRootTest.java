package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Edition;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/**
 * A site root that neither redirects nor is a page, but links to the paper: a portal that lists
 * {@code dgcb/paperindex.htm}, or a root that links today's front page.
 */
class SiteRootTest {
  private static final LocalDate JULY_14 = LocalDate.of(2022, 7, 14);

  @TempDir
  Path dir;
  private final Fetcher fetcher = Sites.fetcher();
  private SiteServer server;

  @AfterEach
  void close() {
    fetcher.close();
    if (server != null) {
      server.close();
    }
  }

  /** The classic site under {@code paper} (may be empty), and {@code root} as index.html. */
  private Path site(String paper, String root, boolean keepIndex) throws IOException {
    Path classic = SiteServer.resource("/founder/classic");
    Path target = dir.resolve(paper);
    try (Stream<Path> files = Files.walk(classic)) {
      for (Path from : files.toList()) {
        Path to = target.resolve(classic.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else if (keepIndex || !from.getFileName().toString().equals("paperindex.htm")) {
          Files.copy(from, to);
        }
      }
    }
    Files.copy(SiteServer.resource("/founder/roots/" + root), dir.resolve("index.html"));
    return dir;
  }

  private Edition newest(String location) {
    try (EditionSource source = Sites.open(location, fetcher, Sites.JULY_2022)) {
      return source.newest(Progress.NONE);
    }
  }

  @Test
  void aRootThatLinksToAnIndexPageOnItsHostOpensThatPaper() throws IOException {
    server = SiteServer.serve(site("dgcb", "portal.html", true));

    Edition edition = newest(server.url("/").toString());

    assertThat(edition.date()).isEqualTo(JULY_14);
    assertThat(edition.paper().home()).isEqualTo(server.url("/dgcb/").toString());
    assertThat(edition.pages()).hasSize(4);
    assertThat(server.count("/dgcb/paperindex.htm")).isEqualTo(1);
  }

  @Test
  void aRootThatLinksToTodaysFrontPageOpensIt() throws IOException {
    server = SiteServer.serve(site("", "today.html", false));

    assertThat(newest(server.url("/").toString()).date()).isEqualTo(JULY_14);
  }

  @Test
  void aMirrorFolderWhoseIndexLinksToThePaperOpensItToo() throws IOException {
    Path mirror = site("dgcb", "portal.html", true);

    assertThat(newest(mirror.toString()).date()).isEqualTo(JULY_14);
  }

  @Test
  void anIndexPageOnAnotherHostIsNotFollowed() throws IOException {
    server = SiteServer.serve(site("dgcb", "elsewhere.html", true));
    String root = server.url("/").toString();

    assertThatThrownBy(() -> newest(root)).isInstanceOf(TermpaperException.class)
        .hasMessageStartingWith(root + " does not lead to a page of a Founder-style e-paper");
  }
}
