package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.config.Config;
import org.termpaper.net.Fetcher;

class FounderKindTest {
  private final SiteProfiles profiles = SiteProfiles.builtIn();

  @Test
  void claimsEveryKindOfSiteUrl() {
    for (String url : List.of(
        "http://e.example",
        "http://e.example/lzcb/",
        "http://e.example/lzcb/paperindex.htm",
        "http://e.example/lzcb/html/2022-07/14/node_2.htm",
        "http://e.example/lzcb/html/2022-07/14/content_12345.htm?div=-1",
        "http://e.example/lzcb/html/2022-07/14/content_12345_2.htm",
        "http://e.example/lzcb/html/2022-07/period.xml",
        "https://e.example/pc/layout/202302/11/node_01.html",
        "https://e.example/pc/content/202302/11/content_211250.html",
        "http://paper.example/rmrb/html/2023-02/10/nbs.D110000renmrb_01.htm",
        "http://paper.example/rmrb/html/2023-02/10/nw.D110000renmrb_20230210_1-01.htm",
        "http://paper.people.com.cn/rmrb/")) {
      assertThat(FounderKind.claims(URI.create(url), profiles)).as(url).isTrue();
    }
  }

  @Test
  void claimsAnyWebPageForItsContentToTellButLeavesFeedsAndOtherSchemesAlone() {
    assertThat(FounderKind.claims(URI.create("http://e.example/news/today.html"), profiles))
        .isTrue();
    assertThat(FounderKind.claims(URI.create("http://e.example/saved/page"), profiles))
        .isTrue();
    assertThat(FounderKind.claims(URI.create("http://e.example/feed/2022-07-14.json"), profiles))
        .isFalse();
    assertThat(FounderKind.claims(URI.create("gopher://e.example/node_2.htm"), profiles))
        .isFalse();
  }

  @Test
  void opensMirrorFoldersAndFilesButNotMissingPaths() {
    try (Fetcher fetcher = Sites.fetcher()) {
      FounderKind kind = new FounderKind(Sites.JULY_2022);
      var context = Sites.context(fetcher, Config.empty());
      assertThat(kind.open(Sites.folder("classic"), null, context)).isPresent();
      assertThat(kind.open(Sites.folder("classic/html/2022-07/14/node_2.htm"), null, context))
          .isPresent();
      assertThat(kind.open(Sites.file("classic/html/2022-07/14/node_2.htm").toString(), null,
          context)).isPresent();
      assertThat(kind.open(Sites.folder("saved/front page (saved).htm"), null, context))
          .isPresent();
      assertThat(kind.open("/no/such/mirror/node_2.htm", null, context)).isEmpty();
      assertThat(kind.open(Sites.folder("classic/html"), null, context)).isEmpty();
    }
  }

  @Test
  void aProfileNamedInTheConfigIsUsedWhateverTheUrl() {
    try (Fetcher fetcher = Sites.fetcher()) {
      var context = Sites.context(fetcher, Config.empty());
      assertThat(new FounderKind().open("http://e.example/news/today.html", "founder-pc",
          context)).isPresent();
    }
  }
}
