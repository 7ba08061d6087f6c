package org.termpaper.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.catalogue.CatalogueEntry.Origin;
import org.termpaper.config.Config;

class CatalogueTest {
  private static final Pattern TABLE = Pattern.compile("^\\[([^\\]]+)\\]\\s*$",
      Pattern.MULTILINE);

  @TempDir Path dir;

  @Test
  void theJarShipsAtLeastTwentyFivePapersNationalAndRegional() {
    List<CatalogueEntry> papers = Catalogue.builtIn().entries();
    assertThat(papers).hasSizeGreaterThanOrEqualTo(25)
        .allSatisfy(p -> assertThat(p.origin()).isEqualTo(Origin.CATALOGUE));
    assertThat(papers).extracting(CatalogueEntry::shortName)
        .contains("rmrb", "gmrb", "jjrb", "kjrb", "zglyb", "hbrb").doesNotHaveDuplicates();
    assertThat(papers).filteredOn(p -> p.region().equals("全国")).hasSizeGreaterThan(5);
    assertThat(papers).filteredOn(p -> !p.region().equals("全国")).hasSizeGreaterThan(5);
  }

  @Test
  void everyEntryHasANameARegionAnHttpAddressAndAProfile() {
    assertThat(Catalogue.builtIn().entries()).allSatisfy(p -> {
      assertThat(p.shortName()).matches("[a-z][a-z0-9]*");
      assertThat(p.name()).as(p.shortName()).matches("\\p{IsHan}+");
      assertThat(p.region()).as(p.shortName()).isNotBlank();
      assertThat(p.url()).as(p.shortName()).matches("https?://[a-z0-9.-]+/\\S*");
      assertThat(p.profile()).as(p.shortName()).isNotBlank();
      if (p.charset() != null) {
        assertThat(Charset.isSupported(p.charset())).as(p.shortName()).isTrue();
      }
    });
    assertThat(Catalogue.builtIn().entries()).extracting(CatalogueEntry::url)
        .doesNotHaveDuplicates();
  }

  @Test
  void everyEntryNamesItsPublicSourceInACommentAboveIt() throws IOException {
    String text = jarText();
    Matcher table = TABLE.matcher(text);
    int tables = 0;
    while (table.find()) {
      tables++;
      String before = text.substring(0, table.start()).stripTrailing();
      String lastLine = before.substring(before.lastIndexOf('\n') + 1);
      assertThat(lastLine).as("the line above [%s]", table.group(1)).startsWith("#");
      assertThat(lastLine.length()).isGreaterThan(3);
    }
    assertThat(tables).isEqualTo(Catalogue.builtIn().entries().size());
  }

  @Test
  void aShortNameFindsItsPaper() {
    CatalogueEntry rmrb = Catalogue.builtIn().find("rmrb").orElseThrow();
    assertThat(rmrb.name()).isEqualTo("人民日报");
    assertThat(rmrb.region()).isEqualTo("全国");
    assertThat(rmrb.url()).startsWith("https://paper.people.com.cn/rmrb/");
    assertThat(Catalogue.builtIn().find(" gmrb ")).map(CatalogueEntry::name).hasValue("光明日报");
    assertThat(Catalogue.builtIn().find("RMRB")).isEmpty();
    assertThat(Catalogue.builtIn().find("nosuch")).isEmpty();
    assertThat(Catalogue.builtIn().find(null)).isEmpty();
  }

  @Test
  void onlyASpecWithNoUrlOrPathInItCouldBeAShortName() {
    assertThat(List.of("rmrb", " gmrb ", "东港晨报", "my-paper"))
        .allSatisfy(spec -> assertThat(Catalogue.isShortName(spec)).as(spec).isTrue());
    assertThat(List.of("./rmrb", "rmrb/", "http://e.example/", "archive:rmrb", "bundled:sample",
        "feed.json", "C:\\papers", "", " ")).allSatisfy(spec ->
            assertThat(Catalogue.isShortName(spec)).as(spec).isFalse());
    assertThat(Catalogue.isShortName(null)).isFalse();
  }

  @Test
  void aWordFiltersByNameShortNameRegionOrAddress() {
    Catalogue catalogue = Catalogue.builtIn();
    assertThat(catalogue.matching("广东")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.region()).isEqualTo("广东"));
    assertThat(catalogue.matching("日报")).extracting(CatalogueEntry::name)
        .contains("人民日报", "光明日报").allSatisfy(n -> assertThat(n).contains("日报"));
    assertThat(catalogue.matching("RMRB")).extracting(CatalogueEntry::shortName)
        .contains("rmrb", "rmrbhwb");
    assertThat(catalogue.matching("gmw.cn")).extracting(CatalogueEntry::shortName)
        .containsExactly("gmrb", "wzb", "zhdsb");
    assertThat(catalogue.matching(null)).hasSameSizeAs(catalogue.entries());
    assertThat(catalogue.matching("没有这份报")).isEmpty();
  }

  @Test
  void aConfigSourceWinsOverTheCatalogueAndNewOnesAreAdded() throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, "[sources.rmrb]\nurl = \"/home/me/mirror/rmrb\"\n"
        + "[sources.dgcb]\nurl = \"http://epaper.example.cn/dgcb/paperindex.htm\"\n"
        + "paper = \"东港晨报\"\nregion = \"山东\"\nprofile = \"founder-classic\"\n");
    Catalogue merged = Catalogue.builtIn().withConfig(Config.load(file));

    CatalogueEntry rmrb = merged.find("rmrb").orElseThrow();
    assertThat(rmrb.origin()).isEqualTo(Origin.CONFIG);
    assertThat(rmrb.url()).isEqualTo("/home/me/mirror/rmrb");
    assertThat(rmrb.profile()).isNull();
    CatalogueEntry dgcb = merged.find("dgcb").orElseThrow();
    assertThat(dgcb).isEqualTo(new CatalogueEntry("dgcb", "东港晨报", "山东",
        "http://epaper.example.cn/dgcb/paperindex.htm", "founder-classic", null, null,
        Origin.CONFIG));
    assertThat(merged.entries()).hasSize(Catalogue.builtIn().entries().size() + 1);
    assertThat(merged.entries().get(merged.entries().size() - 1)).isEqualTo(dgcb);
    assertThat(merged.matching("东港")).containsExactly(dgcb);
    assertThat(Catalogue.builtIn().find("rmrb").orElseThrow().origin())
        .isEqualTo(Origin.CATALOGUE);
  }

  @Test
  void theCataloguesOwnEntriesAreFoundByAddress() {
    CatalogueEntry gmrb = Catalogue.builtIn().find("gmrb").orElseThrow();
    assertThat(Catalogue.builtIn().at(gmrb.url())).containsExactly(gmrb);
    assertThat(Catalogue.builtIn().at("https://elsewhere.example/")).isEmpty();
  }

  @Test
  void aMistakeInTheFormatNamesTheTableAndTheKey() {
    String good = "name = \"测试日报\"\nregion = \"全国\"\nurl = \"http://e.example/\"\n"
        + "profile = \"founder-classic\"\n";
    assertThat(Catalogue.parse("[csrb]\n" + good).find("csrb")).isPresent();
    assertThatThrownBy(() -> Catalogue.parse("[csrb]\n" + good + "colour = \"red\"\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("[csrb]: unknown key colour");
    assertThatThrownBy(() -> Catalogue.parse("[csrb]\n" + good.replace("region", "# region")))
        .hasMessage("[csrb]: region is required");
    assertThatThrownBy(() -> Catalogue.parse("[csrb]\n" + good.replace("\"全国\"", "1")))
        .hasMessage("[csrb]: region must be a string");
    assertThatThrownBy(() -> Catalogue.parse("[CS-rb]\n" + good))
        .hasMessageStartingWith("[CS-rb]: a short name is");
    assertThatThrownBy(() -> Catalogue.parse("csrb = \"http://e.example/\"\n"))
        .hasMessage("[csrb] must be a table");
    assertThatThrownBy(() -> Catalogue.parse("[csrb\n"))
        .hasMessageStartingWith("not valid TOML");
  }

  private static String jarText() throws IOException {
    try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
