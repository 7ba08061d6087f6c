package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.model.TermpaperException;

class SiteProfilesTest {
  @TempDir
  Path dir;

  private Config config(String toml) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, toml);
    return Config.load(file);
  }

  @Test
  void theJarShipsTheSevenLayouts() {
    assertThat(SiteProfiles.builtIn().all()).extracting(SiteProfile::name)
        .containsExactly("peoples-daily", "founder-pc", "founder-pc-con", "founder-layout",
            "founder-flat", "founder-paperindex", "founder-classic");
  }

  @Test
  void eachLayoutIsPickedByItsUrls() {
    SiteProfiles profiles = SiteProfiles.builtIn();
    assertThat(profiles.matching(URI.create("http://e.example/lzcb/html/2022-07/14/node_2.htm")))
        .map(SiteProfile::name).contains("founder-classic");
    assertThat(profiles.matching(URI.create(
        "http://e.example/html/2022-07/14/content_548643.htm?div=-1")))
        .map(SiteProfile::name).contains("founder-classic");
    assertThat(profiles.matching(URI.create("https://e.example/pc/layout/202302/11/node_01.html")))
        .map(SiteProfile::name).contains("founder-pc");
    assertThat(profiles.matching(URI.create(
        "https://e.example/pc/content/202302/11/content_211250.html")))
        .map(SiteProfile::name).contains("founder-pc");
    assertThat(profiles.matching(URI.create(
        "http://paper.example/rmrb/html/2023-02/10/nw.D110000renmrb_20230210_1-01.htm")))
        .map(SiteProfile::name).contains("peoples-daily");
    assertThat(profiles.matching(URI.create("http://e.example/news/today.html"))).isEmpty();
  }

  @Test
  void aPageUrlGivesTheRootAndTheDate() {
    UrlLayout.Match match = SiteProfiles.builtIn().get("founder-classic").urls()
        .match(URI.create("http://e.example/lzcb/html/2022-07/14/node_4.htm")).orElseThrow();
    assertThat(match.root()).hasToString("http://e.example/lzcb/");
    assertThat(match.date()).isEqualTo(LocalDate.of(2022, 7, 14));
    assertThat(match.role()).isEqualTo(UrlLayout.Role.PAGE);
  }

  @Test
  void templatesBuildFrontPagesAndCalendarFiles() {
    UrlLayout urls = SiteProfiles.builtIn().get("founder-pc").urls();
    URI root = URI.create("https://e.example/");
    assertThat(urls.frontPage(root, LocalDate.of(2023, 2, 1)))
        .hasToString("https://e.example/pc/layout/202302/01/node_01.html");
    assertThat(urls.period(root, YearMonth.of(2023, 2)))
        .hasValue(URI.create("https://e.example/pc/layout/202302/period.xml"));
    assertThat(urls.matchPeriod(URI.create("https://e.example/pc/layout/202301/period.xml")))
        .hasValueSatisfying(m -> assertThat(m.month()).isEqualTo(YearMonth.of(2023, 1)));
  }

  @Test
  void theConfigOverridesKeysOfAShippedProfile() throws IOException {
    SiteProfiles profiles = SiteProfiles.load(config(
        "[profiles.founder-classic]\nconnections = 2\n[profiles.founder-classic.urls]\n"
            + "front-page = \"html/{yyyy}-{MM}/{dd}/node_1.htm\"\n"));
    SiteProfile classic = profiles.get("founder-classic");
    assertThat(classic.connections()).isEqualTo(2);
    assertThat(classic.urls().frontPage(URI.create("http://e.example/"), LocalDate.of(2022, 7, 1)))
        .hasToString("http://e.example/html/2022-07/01/node_1.htm");
    assertThat(classic.article().title()).contains("#Title");
  }

  @Test
  void aNewProfileStartsFromItsBase() throws IOException {
    SiteProfiles profiles = SiteProfiles.load(config("""
        [profiles.my-paper]
        base = "founder-pc"
        hosts = ["paper.my.example"]
        [profiles.my-paper.paper]
        name = "我的晚报"
        """));
    SiteProfile mine = profiles.get("my-paper");
    assertThat(mine.paperName()).isEqualTo("我的晚报");
    assertThat(mine.urls().page().pattern()).contains("pc/layout");
    assertThat(profiles.all().get(0)).isSameAs(mine);
    assertThat(profiles.forHost(URI.create("https://paper.my.example/"))).contains(mine);
  }

  @Test
  void aProfileWithoutABaseStartsFromTheClassicOne() throws IOException {
    SiteProfile mine = SiteProfiles.load(config("[profiles.plain]\ndescription = \"x\"\n"))
        .get("plain");
    assertThat(mine.urls().page().pattern()).contains("node_");
  }

  @Test
  void mistakesInTheConfigNameTheProfileAndKey() throws IOException {
    Config badSelector = config("[profiles.x.article]\ntitle = [\"div[[\"]\n");
    assertThatThrownBy(() -> SiteProfiles.load(badSelector)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("profile x").hasMessageContaining("title");
    Config noDate = config("[profiles.y.urls]\npage = 'node_\\d+\\.htm'\n");
    assertThatThrownBy(() -> SiteProfiles.load(noDate))
        .hasMessageContaining("urls.page").hasMessageContaining("(?<year>");
    Config loop = config("[profiles.a]\nbase = \"b\"\n[profiles.b]\nbase = \"a\"\n");
    assertThatThrownBy(() -> SiteProfiles.load(loop)).hasMessageContaining("loop");
    Config huge = config("[profiles.z]\nconnections = 4294967297\n");
    assertThatThrownBy(() -> SiteProfiles.load(huge)).isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("profile z: connections must be a whole number, not 4294967297");
    assertThatThrownBy(() -> SiteProfiles.builtIn().get("nope"))
        .isInstanceOf(TermpaperException.class).hasMessageContaining("founder-classic");
  }
}
