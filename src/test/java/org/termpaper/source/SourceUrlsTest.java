package org.termpaper.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.termpaper.model.TermpaperException;

class SourceUrlsTest {
  @Test
  void tellsNetworkAndFileUrlsFromNamesAndPaths() {
    assertThat(SourceUrls.isNetwork("HTTPS://e.example/")).isTrue();
    assertThat(SourceUrls.isNetwork("file:/x")).isFalse();
    assertThat(SourceUrls.isFile(" File:/x")).isTrue();
    assertThat(SourceUrls.isUrl("bundled:sample")).isFalse();
    assertThat(SourceUrls.isUrl("papers/http.json")).isFalse();
  }

  @Test
  void readsASpaceAsPercent20() {
    assertThat(SourceUrls.parse("http://e.example/my paper/").getRawPath())
        .isEqualTo("/my%20paper/");
    assertThat(SourceUrls.path(SourceUrls.parse("file:///tmp/my%20paper/x.json")))
        .isEqualTo(Path.of("/tmp/my paper/x.json"));
  }

  @Test
  void aHostileBadUrlIsQuotedClean() {
    assertThatThrownBy(() -> SourceUrls.parse("http://[\u001b]0;pwn\u0007"))
        .isInstanceOf(TermpaperException.class)
        .hasMessageStartingWith("not a valid URL: http://[")
        .hasMessageNotContaining("\u001b").hasMessageNotContaining("\u0007");
  }

  @Test
  void aFileUrlWithAQueryStillHasAPath() {
    assertThat(SourceUrls.path(URI.create("file:/m/content_1.htm?div=-1")))
        .isEqualTo(Path.of("/m/content_1.htm"));
  }
}
