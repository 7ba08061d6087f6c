package org.termpaper.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code termpaper open}: a page's PDF, or a picture of an article, handed to the desktop's
 * viewer when there is a desktop, else written where the reader can take it, the path printed.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
    description = "Open a page's PDF or an article's picture in the desktop viewer, or print "
        + "where it is saved.")
final class OpenCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Mixin
  SourceOption source;

  @Mixin
  DateOption date;

  @Option(names = "--page", paramLabel = "P", description = "The page whose PDF to open "
      + "(default: the first).")
  String page;

  @Option(names = "--article", paramLabel = "ID", description = "Open a picture of this "
      + "article instead.")
  String article;

  @Option(names = "--picture", paramLabel = "N", defaultValue = "1",
      description = "Which picture of the article, from 1 (default 1).")
  int picture;

  @Override
  public Integer call() {
    AppContext app = main.app();
    Edition edition;
    try (EditionSource from = app.source(source.source)) {
      edition = date.date == null ? from.newest(Progress.NONE)
          : from.edition(date.date, Progress.NONE);
    }
    PictureSource files = PictureSource.of(main, source.source);
    String url;
    String name;
    if (article != null) {
      url = pictureUrl(edition);
      name = article + "-" + String.format(Locale.ROOT, "%02d", picture);
    } else {
      Page chosen = page(edition);
      if (chosen.pdf() == null) {
        throw new TermpaperException("page " + chosen.number() + " of " + edition.date()
            + " has no PDF");
      }
      url = chosen.pdf();
      name = edition.paper().id() + "-" + edition.date() + "-" + chosen.number();
    }
    Path file = files.save(url, name);
    main.out.println(files.open(file) ? "opened " + file : file.toString());
    return 0;
  }

  private Page page(Edition edition) {
    if (edition.pages().isEmpty()) {
      throw new TermpaperException("the issue of " + edition.date() + " has no pages");
    }
    if (page == null) {
      return edition.pages().get(0);
    }
    return edition.pages().get(edition.pageIndex(page).orElseThrow(() -> new TermpaperException(
        "no page " + page + " in the issue of " + edition.date())));
  }

  private String pictureUrl(Edition edition) {
    ArticlePosition at = edition.find(article).orElseThrow(() -> new TermpaperException(
        "no article " + article + " in the issue of " + edition.date()));
    Article found = edition.article(at);
    List<Figure> pictures = found.figures().stream().filter(f -> f.src() != null).toList();
    if (pictures.isEmpty()) {
      throw new TermpaperException(article + " has no pictures");
    }
    if (picture < 1 || picture > pictures.size()) {
      throw new UsageException("--picture must be 1 to " + pictures.size() + " for " + article
          + ", not " + picture);
    }
    return pictures.get(picture - 1).src();
  }
}
