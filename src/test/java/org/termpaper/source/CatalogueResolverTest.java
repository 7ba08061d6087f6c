package org.termpaper.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.catalogue.Catalogue;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;

/**
 * A short name of the catalogue of real papers stands for its address and profile wherever
 * {@code --source} is taken; a source of the same name in the config wins. A kind that only
 * records what it was asked to open stands in for the network.
 */
class CatalogueResolverTest {
  @TempDir Path data;
  private final Fetcher fetcher = new Fetcher(HttpSettings.defaults("test"));
  private final List<String> opened = new ArrayList<>();

  @AfterEach
  void closeFetcher() {
    fetcher.close();
  }

  private final SourceKind recorder = (location, profile, context) -> {
    opened.add(location + " " + profile);
    return Optional.empty();
  };

  private SourceResolver resolver(String config) throws Exception {
    Path file = data.resolve("config.toml");
    Files.writeString(file, config);
    return new SourceResolver(new SourceContext(fetcher, Config.load(file), DataDirs.under(data)),
        List.of(recorder));
  }

  @Test
  void aShortNameStandsForTheCataloguesAddressAndProfile() throws Exception {
    SourceResolver resolver = resolver("");
    String gmrb = Catalogue.builtIn().find("gmrb").orElseThrow().url();

    assertThat(resolver.location("gmrb")).isEqualTo(gmrb);
    assertThat(resolver.location("./gmrb")).isEqualTo("./gmrb");
    assertThatThrownBy(() -> resolver.resolve("gmrb")).isInstanceOf(TermpaperException.class);
    assertThatThrownBy(() -> resolver.resolveOnline(" gmrb "))
        .isInstanceOf(TermpaperException.class);

    assertThat(opened).containsExactly(gmrb + " founder-layout", gmrb + " founder-layout");
  }

  @Test
  void theConfigsSourceOfTheSameNameWins() throws Exception {
    SourceResolver resolver = resolver(
        "[sources.rmrb]\nurl = \"http://mirror.example/rmrb/paperindex.htm\"\n");

    assertThat(resolver.location("rmrb")).isEqualTo("http://mirror.example/rmrb/paperindex.htm");
    assertThatThrownBy(() -> resolver.resolveOnline("rmrb"))
        .isInstanceOf(TermpaperException.class);
    assertThat(opened).containsExactly("http://mirror.example/rmrb/paperindex.htm null");
    assertThat(resolver.catalogue().find("rmrb").orElseThrow().url())
        .isEqualTo("http://mirror.example/rmrb/paperindex.htm");
  }

  @Test
  void theConfigsDefaultSourceMayBeAShortName() throws Exception {
    SourceResolver resolver = resolver("source = \"hbrb\"\n");

    assertThat(resolver.location(null))
        .isEqualTo(Catalogue.builtIn().find("hbrb").orElseThrow().url());
  }

  @Test
  void anUnknownNameSaysWhereNamesComeFrom() throws Exception {
    SourceResolver resolver = new SourceResolver(
        new SourceContext(fetcher, Config.empty(), DataDirs.under(data)));

    assertThatThrownBy(() -> resolver.resolve("rmbr"))
        .hasMessage("no source named 'rmbr' in the config or the catalogue (see 'termpaper"
            + " papers'), and no such file or folder");
  }

  @Test
  void offlineAShortNameReadsTheArchiveOfItsAddress() throws Exception {
    Fetcher offline = new Fetcher(HttpSettings.defaults("test").withOffline(true));
    try (offline) {
      SourceResolver resolver = new SourceResolver(
          new SourceContext(offline, Config.empty(), DataDirs.under(data)), List.of(recorder));
      String jjrb = Catalogue.builtIn().find("jjrb").orElseThrow().url();

      assertThatThrownBy(() -> resolver.resolve("jjrb")).hasMessage("offline, and nothing from "
          + jjrb + " is archived; fetch it while online with 'termpaper fetch --source jjrb'");
      assertThat(opened).isEmpty();
    }
  }
}
