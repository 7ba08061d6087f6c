package org.termpaper.serve.ssh;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.termpaper.archive.Archive;
import org.termpaper.archive.SearchHit;
import org.termpaper.archive.SearchQuery;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.print.CalendarText;
import org.termpaper.print.DumpChoice;
import org.termpaper.print.SearchText;
import org.termpaper.print.TextDump;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.source.feed.FeedWriter;
import org.termpaper.text.ColumnWidth;
import org.termpaper.text.TextCleaner;

/**
 * The read-only commands of an exec request, printed as the command line prints them: {@code dump}
 * (an edition, a page or an article, as text or the JSON feed), {@code calendar} (the issue
 * dates, or the calendar feed) and {@code search} (the archived articles that match, with a
 * snippet). Thread-safe.
 */
final class StationCommands implements ReadOnlyCommands {
  private final Archive archive;
  private final ColumnWidth width;

  StationCommands(Archive archive, ColumnWidth width) {
    this.archive = archive;
    this.width = width;
  }

  @Override
  public int run(EditionSource source, List<String> args, int columns, boolean bold,
      PrintWriter out, PrintWriter err) {
    Map<String, String> options = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (int i = 1; i < args.size(); i++) {
      String word = args.get(i);
      if (word.equals("--ambiguous-wide") || word.equals("--help")) {
        options.put(word, "");
      } else if (word.startsWith("--") && word.contains("=")) {
        options.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
      } else if (word.startsWith("--")) {
        if (i + 1 >= args.size()) {
          err.println("termpaper: " + TextCleaner.quote(word) + " needs a value");
          return 2;
        }
        options.put(word, args.get(++i));
      } else {
        words.add(word);
      }
    }
    if (options.containsKey("--help")) {
      out.println("This station runs dump [--page P] [--page-name NAME] [--article ID]");
      out.println("[--date D] [--format F],");
      out.println("calendar [--month YYYY-MM] [--format F] and search WORD... [--limit N]");
      out.println("for the source of the user name (ssh SOURCE@HOST dump), or the first.");
      return 0;
    }
    int fit = Math.max(ArticleLayout.MIN_WIDTH + SearchText.INDENT, columns);
    ArticleLayout layout = new ArticleLayout(options.containsKey("--ambiguous-wide")
        ? new ColumnWidth(true) : width);
    try {
      return switch (args.get(0)) {
        case "dump" -> dump(source, options, new TextDump(out, layout,
            Math.max(ArticleLayout.MIN_WIDTH, columns), bold), out, err);
        case "calendar" -> calendar(source, options, out, err);
        default -> search(source, String.join(" ", words), options,
            new SearchText(out, layout, fit, bold), out);
      };
    } catch (TermpaperException | IllegalArgumentException e) {
      err.println("termpaper: " + TextCleaner.line(e.getMessage()));
      return e instanceof TermpaperException ? 1 : 2;
    }
  }

  private static int dump(EditionSource source, Map<String, String> options,
      TextDump text, PrintWriter out, PrintWriter err) {
    String format = format(options);
    String date = options.get("--date");
    Edition edition = date == null ? source.newest(Progress.NONE) : source.edition(date(date));
    DumpChoice choose = new DumpChoice(options.get("--page"), options.get("--page-name"));
    String article = options.get("--article");
    List<String> notes = new ArrayList<>();
    Edition selected = choose.select(edition, article, notes);
    if (format.equals("json")) {
      out.print(FeedWriter.edition(selected));
    } else {
      choose.print(text, selected, article);
    }
    boolean whole = article == null && !choose.onePage();
    notes.addAll(whole ? edition.warnings()
        : DumpChoice.warningsFor(edition, selected, article != null, source.warnings()));
    notes.forEach(note -> err.println("termpaper: warning: " + TextCleaner.line(note)));
    return 0;
  }

  private static int calendar(EditionSource source, Map<String, String> options,
      PrintWriter out, PrintWriter err) {
    String format = format(options);
    IssueCalendar calendar = source.calendar();
    List<LocalDate> dates = calendar.issues();
    String asked = options.get("--month");
    YearMonth month = null;
    if (asked != null) {
      try {
        month = YearMonth.parse(asked.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("'" + asked + "' is not a month (YYYY-MM)");
      }
      dates = calendar.in(month);
    }
    if (format.equals("json")) {
      out.print(FeedWriter.calendar(new IssueCalendar(calendar.paper(), dates)));
    } else {
      dates.forEach(out::println);
      if (dates.isEmpty()) {
        err.println(CalendarText.noIssues(calendar, month));
      }
    }
    return 0;
  }

  private int search(EditionSource source, String text, Map<String, String> options,
      SearchText print, PrintWriter out) {
    int limit = SearchQuery.DEFAULT_LIMIT;
    if (options.containsKey("--limit")) {
      try {
        limit = Integer.parseInt(options.get("--limit").strip());
      } catch (NumberFormatException e) {
        limit = 0;
      }
      if (limit < 1 || limit > 1000) {
        throw new IllegalArgumentException("--limit must be 1 to 1000");
      }
    }
    String paperId = source.calendar().paper().id();
    List<SearchHit> hits = archive.search(new SearchQuery(text.strip(), paperId, limit));
    if (hits.isEmpty()) {
      out.println("no archived article matches \"" + TextCleaner.quote(text) + "\"");
    }
    print.hits(hits);
    return 0;
  }

  private static String format(Map<String, String> options) {
    String format = options.getOrDefault("--format", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new IllegalArgumentException("--format must be text or json, not " + format);
    }
    return format;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
    }
  }
}
