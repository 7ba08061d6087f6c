package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.catalogue.Catalogue;
import org.termpaper.archive.Archive;
import org.termpaper.catalogue.CatalogueEntry;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Edition;
import org.termpaper.testing.Editions;
import org.termpaper.text.ColumnWidth;

class PapersCommandTest {
  @TempDir Path data;

  @Test
  void listsEveryPaperWithNameShortNameRegionAndAddressInColumns() {
    CliRun run = CliRun.of(data, "papers");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().filter(l -> !l.startsWith(" ")).toList();
    List<CatalogueEntry> papers = Catalogue.builtIn().entries();
    assertThat(lines).hasSize(papers.size());
    assertThat(lines.get(0)).matches("人民日报 +rmrb +全国 +https://paper\\.people\\.com\\.cn/\\S+");
    ColumnWidth width = new ColumnWidth(false);
    int column = width.of(lines.get(0).substring(0, lines.get(0).indexOf("https://")));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      CatalogueEntry paper = papers.get(i);
      assertThat(line).startsWith(paper.name()).contains(" " + paper.shortName() + " ")
          .contains(" " + paper.region() + " ").endsWith(paper.url());
      assertThat(width.of(line.substring(0, line.indexOf(paper.url())))).as(line)
          .isEqualTo(column);
    }
    assertThat(run.out()).contains("    opens the issue of 2023-02-10 on the classic site");
  }

  @Test
  void aWordKeepsThePapersThatHoldIt() {
    CliRun run = CliRun.of(data, "papers", "广东");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains(" 广东 "));
    assertThat(run.out()).contains("南方日报").doesNotContain("人民日报");
    assertThat(CliRun.of(data, "papers", "gmw.cn").out().lines())
        .extracting(l -> l.split(" +")[1]).containsExactly("gmrb", "wzb", "zhdsb");
  }

  @Test
  void aWordThatMatchesNothingFailsWithOneLine() {
    CliRun run = CliRun.of(data, "papers", "没有这份报");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).isEqualTo("termpaper: no paper in the catalogue or the config matches"
        + " '没有这份报' (see 'termpaper papers')\n");
  }

  @Test
  void theConfigsSourcesAreListedAndTakeTheCataloguesPlace() throws Exception {
    Files.writeString(data.resolve("config.toml"), "[sources.rmrb]\nurl = \"/srv/mirror/rmrb\"\n"
        + "paper = \"人民日报\"\nregion = \"全国\"\n"
        + "[sources.dgcb]\nurl = \"http://epaper.example.cn/dgcb/paperindex.htm\"\n");

    CliRun run = CliRun.of(data, "papers");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().filter(l -> l.contains(" rmrb ")))
        .singleElement().asString().endsWith("/srv/mirror/rmrb  (config)");
    assertThat(run.out().lines().filter(l -> l.contains(" dgcb ")))
        .singleElement().asString()
        .matches("- +dgcb +- +http://epaper\\.example\\.cn/dgcb/paperindex\\.htm  \\(config\\)");
  }

  @Test
  void aShortNameIsASourceForEveryCommand() {
    String url = Catalogue.builtIn().find("rmrb").orElseThrow().url();
    String offline = "termpaper: offline, and nothing from " + url + " is archived; fetch it"
        + " while online with 'termpaper fetch --source rmrb'\n";
    for (String command : List.of("dump", "calendar")) {
      CliRun run = CliRun.of(data, "--offline", command, "--source", "rmrb");
      assertThat(run.exitCode()).as(command).isEqualTo(1);
      assertThat(run.err()).as(command).isEqualTo(offline);
    }
    CliRun search = CliRun.of(data, "search", "两会", "--source", "rmrb");
    assertThat(search.exitCode()).isEqualTo(1);
    assertThat(search.err()).isEqualTo("termpaper: nothing archived from rmrb (see 'termpaper"
        + " sources'; fetch it first with 'termpaper fetch --source rmrb')\n");
  }

  @Test
  void sourcesSaysWhatTheConfigReplacesAndHowManyPapersTheCatalogueHas() throws Exception {
    int papers = Catalogue.builtIn().entries().size();
    assertThat(CliRun.of(data, "sources").out())
        .endsWith(papers + " papers in the catalogue, nothing archived of them yet: see"
            + " 'termpaper papers'\n");

    Files.writeString(data.resolve("config.toml"), "[sources.gmrb]\nurl = \"/srv/gmrb\"\n");
    CliRun run = CliRun.of(data, "sources");

    assertThat(run.out()).contains("gmrb  /srv/gmrb  (instead of the catalogue's 光明日报)")
        .contains((papers - 1) + " papers in the catalogue");
  }

  @Test
  void aCataloguePaperWithArchivedIssuesIsListedBySourcesAndReadOfflineByItsShortName()
      throws Exception {
    String url = Catalogue.builtIn().find("hbrb").orElseThrow().url();
    Edition edition = Editions.generate(LocalDate.of(2026, 9, 28), 2, 2);
    try (Archive archive = Archive.in(DataDirs.under(data))) {
      archive.store(edition, List.of());
      archive.remember(url, edition.paper());
    }
    int papers = Catalogue.builtIn().entries().size();

    Files.writeString(data.resolve("config.toml"), "source = \"hbrb\"\n");
    CliRun sources = CliRun.of(data, "sources");

    assertThat(sources.out()).startsWith("no sources in " + data.resolve("config.toml")
        + "; the default is hbrb\n")
        .contains("catalogue papers with archived issues:\n"
        + "hbrb (default)  湖北日报  " + url + "\n    测试日报: 1 issue: 2026-09-28\n")
        .doesNotContain("archive:")
        .endsWith((papers - 1) + " more papers in the catalogue, nothing archived of them yet:"
            + " see 'termpaper papers'\n");
    CliRun dump = CliRun.of(data, "--offline", "dump", "--source", "hbrb", "--page", "02");
    assertThat(dump.exitCode()).as(dump.err()).isZero();
    assertThat(dump.out()).contains(edition.pages().get(1).articles().get(0).title());
  }

  @Test
  void theHelpNamesTheCommandAndTheShortNames() {
    assertThat(CliRun.of(data, "--help").out()).contains("papers");
    assertThat(CliRun.of(data, "papers", "--help").out()).contains("WORD")
        .contains("--source SHORTNAME");
    assertThat(CliRun.of(data, "dump", "--help").out()).contains("short name");
  }
}
