package org.termpaper.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.termpaper.archive.Archive;
import org.termpaper.archive.ArchivedEdition;
import org.termpaper.catalogue.Catalogue;
import org.termpaper.catalogue.CatalogueEntry;
import org.termpaper.config.SourceConfig;
import org.termpaper.model.Paper;
import org.termpaper.source.SourceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code termpaper sources}: the sources in the config file with the issues archived of each,
 * then the catalogue's papers that have issues in the archive, then any other paper the archive
 * holds, and how many papers the catalogue has besides. Reads only the config, the catalogue
 * and the archive.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"List the configured sources and the archived issues of each.",
        "Then the catalogue's papers with archived issues (all of them: termpaper papers)."})
final class SourcesCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Override
  public Integer call() {
    AppContext app = main.app();
    Archive archive = app.archive();
    String byDefault = app.config().defaultSource().orElse(SourceResolver.DEFAULT_SOURCE);
    Set<String> shown = new HashSet<>();
    List<SourceConfig> sources = app.config().sources();
    if (sources.isEmpty()) {
      main.out.println("no sources in " + app.dirs().configFile() + "; the default is "
          + byDefault);
    }
    Catalogue catalogue = Catalogue.builtIn();
    for (SourceConfig source : sources) {
      String instead = catalogue.find(source.name())
          .map(e -> "  (instead of the catalogue's " + e.name() + ")").orElse("");
      main.out.println(source.name() + (source.name().equals(byDefault) ? " (default)" : "")
          + "  " + source.url() + instead);
      Optional<Paper> paper = archive.paperAt(source.url());
      paper.ifPresent(p -> shown.add(p.id()));
      main.out.println("    " + paper.map(p -> archived(archive, p))
          .orElse("archived: nothing yet"));
    }
    int unshown = 0;
    boolean headed = false;
    for (CatalogueEntry entry : catalogue.entries()) {
      if (app.config().source(entry.shortName()).isPresent()) {
        continue;
      }
      Optional<Paper> paper = archive.paperAt(entry.url()).filter(p -> shown.add(p.id()));
      if (paper.isEmpty()) {
        unshown++;
        continue;
      }
      if (!headed) {
        main.out.println("catalogue papers with archived issues:");
        headed = true;
      }
      main.out.println(entry.shortName() + (entry.shortName().equals(byDefault) ? " (default)"
          : "") + "  " + entry.name() + "  " + entry.url());
      main.out.println("    " + archived(archive, paper.get()));
    }
    List<Paper> others = archive.papers().stream().filter(p -> !shown.contains(p.id())).toList();
    if (!others.isEmpty()) {
      main.out.println(sources.isEmpty() && !headed ? "archived papers:"
          : "other archived papers:");
      for (Paper paper : others) {
        main.out.println("archive:" + paper.id() + "  " + paper.name() + locations(archive, paper));
        main.out.println("    " + archived(archive, paper));
      }
    }
    main.out.println(unshown + (headed ? " more papers" : " papers")
        + " in the catalogue, nothing archived of them yet: see 'termpaper papers'");
    return 0;
  }

  private static String locations(Archive archive, Paper paper) {
    List<String> from = archive.locations(paper.id());
    return from.isEmpty() ? "" : "  (from " + String.join(", ", from) + ")";
  }

  /** {@code 测试日报: 5 issues: 2022-07-10 – 2022-07-14, 2022-07-16; incomplete: 2022-07-12}. */
  static String archived(Archive archive, Paper paper) {
    List<ArchivedEdition> editions = archive.editions(paper.id());
    if (editions.isEmpty()) {
      return paper.name() + ": nothing archived yet";
    }
    List<LocalDate> incomplete = editions.stream().filter(e -> !e.isComplete())
        .map(ArchivedEdition::date).toList();
    return paper.name() + ": " + FetchSummary.count(editions.size(), "issue", "issues") + ": "
        + runs(editions.stream().map(ArchivedEdition::date).toList())
        + (incomplete.isEmpty() ? "" : "; incomplete: " + runs(incomplete));
  }

  /** Dates as runs of consecutive days: {@code 2022-07-10 – 2022-07-14, 2022-07-16}. */
  static String runs(List<LocalDate> dates) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < dates.size()) {
      int j = i;
      while (j + 1 < dates.size() && dates.get(j + 1).equals(dates.get(j).plusDays(1))) {
        j++;
      }
      parts.add(i == j ? dates.get(i).toString() : dates.get(i) + " – " + dates.get(j));
      i = j + 1;
    }
    return String.join(", ", parts);
  }
}
