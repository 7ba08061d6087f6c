package org.termpaper.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.layout.LineBreaker;
import org.termpaper.model.Edition;
import org.termpaper.print.DumpChoice;
import org.termpaper.print.TextDump;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.source.feed.FeedWriter;
import org.termpaper.text.ColumnWidth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code termpaper dump}: an edition, a page or an article as text or as the JSON feed. A source
 * whose location names an article ({@link EditionSource#focus}) prints that article when neither
 * {@code --page} nor {@code --article} is given.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
    description = "Print an edition, a page or an article as text or JSON.")
final class DumpCommand implements Callable<Integer> {
  enum Format { text, json }

  @ParentCommand
  Main main;

  @Mixin
  SourceOption source;

  @Mixin
  DateOption date;

  @Option(names = "--page", paramLabel = "P", description = "Only this page, such as 03.")
  String page;

  @Option(names = "--page-name", paramLabel = "NAME",
      description = "Only the page of this name, such as 经济 (spaces in names ignored); with "
          + "--page, the page of that number when none has the name.")
  String pageName;

  @Option(names = "--article", paramLabel = "ID", description = "Only this article.")
  String article;

  @Option(names = "--width", paramLabel = "W",
      description = "Columns to lay text out to (default: the terminal's, else 80).")
  Integer width;

  @Option(names = "--ambiguous-wide",
      description = "Count East Asian ambiguous characters (“ ” … — ·) as two columns "
          + "(default: the config's ambiguous-width, else one).")
  boolean ambiguousWide;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (default) or json (the edition feed).")
  Format format;

  @Option(names = "--images", paramLabel = "DIR",
      description = "Also write the article's pictures into DIR, named in article order "
          + "(needs --article).")
  Path images;

  @Override
  public Integer call() {
    TextDump dump = format == Format.text ? textDump(main, width, ambiguousWide) : null;
    Loaded loaded = load(main, source.source, date.date);
    Edition edition = loaded.edition();
    DumpChoice choose = new DumpChoice(page, pageName);
    boolean onePage = choose.onePage();
    String wanted = article != null || onePage ? article
        : loaded.focus().filter(id -> edition.find(id).isPresent()).orElse(null);
    if (images != null && wanted == null) {
      throw new UsageException("--images needs --article ID: it writes the pictures of one "
          + "article");
    }
    List<String> choice = new ArrayList<>();
    Edition selected = choose.select(edition, wanted, choice);
    int missing = 0;
    if (images != null) {
      missing = new ImageDump(PictureSource.of(main, source.source), main.err)
          .write(selected.pages().get(0).articles().get(0), images);
    }
    if (format == Format.json) {
      main.out.print(FeedWriter.edition(selected));
    } else {
      choose.print(dump, selected, wanted);
    }
    boolean whole = wanted == null && !onePage;
    List<String> shown = new ArrayList<>(choice);
    shown.addAll(whole ? edition.warnings()
        : warningsFor(edition, selected, wanted != null, loaded.notices()));
    shown.forEach(w -> main.err.println("termpaper: warning: " + w));
    return missing == 0 ? 0 : 1;
  }

  /**
   * An edition as a source gave it.
   *
   * @param edition the edition
   * @param focus the article the source's location points at, if any
   * @param notices the source's own warnings, which concern the whole edition
   */
  private record Loaded(Edition edition, Optional<String> focus, List<String> notices) {}

  private static Loaded load(Main main, String source, LocalDate date) {
    try (EditionSource from = main.app().source(source)) {
      Edition edition =
          date == null ? from.newest(Progress.NONE) : from.edition(date, Progress.NONE);
      return new Loaded(edition, from.focus(), from.warnings());
    }
  }

  /**
   * The text writer for a run: {@code --width}, else the terminal's width, else 80; ambiguous
   * characters two columns wide with {@code --ambiguous-wide} or {@code ambiguous-width = 2}.
   */
  static TextDump textDump(Main main, Integer width, boolean ambiguousWide) {
    // ICU's data takes tens of milliseconds to load; let that overlap with loading the edition.
    Thread preload = new Thread(LineBreaker::preload, "termpaper-layout-preload");
    preload.setDaemon(true);
    preload.start();
    if (width != null && width < ArticleLayout.MIN_WIDTH) {
      throw new UsageException("--width must be at least " + ArticleLayout.MIN_WIDTH
          + " columns, not " + width);
    }
    // A terminal narrower than the layout allows still gets text, if cut off at its edge.
    int columns = width != null
        ? width : Math.max(ArticleLayout.MIN_WIDTH, main.terminal.defaultWidth());
    ColumnWidth widths = ambiguousWide
        ? new ColumnWidth(true)
        : ColumnWidth.forAmbiguousWidth(main.app().config().ambiguousWidth());
    // Bold subheads only on a terminal; "dumb" ones show escape sequences as text.
    boolean bold = main.terminal.interactive() && !"dumb".equals(main.env.get("TERM"));
    return new TextDump(main.out, new ArticleLayout(widths), columns, bold);
  }

  /** The warnings of {@code edition} that concern what {@code selected} kept of it. */
  static List<String> warningsFor(Edition edition, Edition selected, boolean oneArticle,
      List<String> notices) {
    return DumpChoice.warningsFor(edition, selected, oneArticle, notices);
  }
}
