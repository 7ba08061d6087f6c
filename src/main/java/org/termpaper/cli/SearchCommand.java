package org.termpaper.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.termpaper.archive.Archive;
import org.termpaper.archive.SearchHit;
import org.termpaper.archive.SearchQuery;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.model.Paper;
import org.termpaper.model.TermpaperException;
import org.termpaper.print.SearchText;
import org.termpaper.source.OfflineEditions;
import org.termpaper.text.ColumnWidth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code termpaper search}: full-text search over the archived issues. Prints, per matching
 * article, the date, page and title, and under it a snippet around the match (the match in bold
 * on a terminal, unless {@code NO_COLOR} is set or {@code TERM} is {@code dumb}). Reads only the
 * archive; never the network.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the archived issues: date, page, title and a snippet per hit.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Parameters(paramLabel = "QUERY", arity = "1..*",
      description = "Words that must all occur; any length (one or two characters work too).")
  List<String> words;

  @Option(names = "--source", paramLabel = "SRC",
      description = "Only this paper: a source name, a catalogue short name, a location "
          + "fetched before, or archive:ID (default: every archived paper).")
  String source;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "" + SearchQuery.DEFAULT_LIMIT,
      description = "At most N hits, newest first (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1");
    }
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new UsageException("the query is empty");
    }
    Archive archive = main.app().archive();
    String paperId = source == null ? null : paper(archive).id();
    List<SearchHit> hits = archive.search(new SearchQuery(text, paperId, limit));
    if (hits.isEmpty()) {
      main.out.println("no archived article matches \"" + text + "\"");
    }
    boolean bold = styled(main.terminal, main.env);
    int width = Math.max(ArticleLayout.MIN_WIDTH + SearchText.INDENT,
        main.terminal.defaultWidth());
    ArticleLayout layout =
        new ArticleLayout(ColumnWidth.forAmbiguousWidth(main.app().config().ambiguousWidth()));
    new SearchText(main.out, layout, width, bold).hits(hits);
    return 0;
  }

  /**
   * True when the match may be set in bold: standard output is a terminal, {@code NO_COLOR} is
   * unset or empty (see no-color.org), and {@code TERM} is not {@code dumb}.
   */
  static boolean styled(TerminalInfo terminal, Map<String, String> env) {
    return terminal.interactive() && env.getOrDefault("NO_COLOR", "").isEmpty()
        && !"dumb".equals(env.get("TERM"));
  }

  /** The archived paper {@code --source} means: by location, by archive:ID or by its id. */
  private Paper paper(Archive archive) {
    String location = main.app().resolver().location(source);
    String id = location.startsWith(OfflineEditions.PREFIX)
        ? location.substring(OfflineEditions.PREFIX.length()) : location;
    return archive.paperAt(location).or(() -> archive.paper(id))
        .orElseThrow(() -> new TermpaperException("nothing archived from " + source
            + " (see 'termpaper sources'; fetch it first with 'termpaper fetch --source "
            + source + "')"));
  }
}
