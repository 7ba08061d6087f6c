package org.termpaper.ui.nav;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The {@code i} key: an article's photos one after another. Part of {@link Reader}; mutable, UI
 * thread only.
 *
 * <p>Only figures with a picture count (a caption without one is in the text already). The keys
 * of the next and previous article, and the arrows, step through the photos, stopping at the
 * ends; those of {@link Action#BACK} go back to the text where it was; {@code ?} opens the help
 * over the picture, and those of {@link Action#VIEWER} hand the photo to the desktop's viewer. The picture to load is named by {@link #wanted}; loading is the UI's.
 */
public final class PictureCursor {
  private final Reader reader;
  private final KeyMap keys;
  private final Viewing viewing;
  private final PageImageCursor pageImage;
  private ArticlePosition article;
  private String title;
  private String articleId;
  private List<Figure> figures = List.of();
  private int index;

  PictureCursor(Reader reader, KeyMap keys) {
    this.reader = reader;
    this.keys = keys;
    this.viewing = new Viewing(reader);
    this.pageImage = new PageImageCursor(reader, keys, viewing);
  }

  /** The {@code v} key's page image with its outlined article. */
  public PageImageCursor pageImage() {
    return pageImage;
  }

  /** The file the {@code o} key asked to hand to the desktop's viewer, and how it went. */
  public Viewing viewing() {
    return viewing;
  }

  /**
   * {@code i}: the photos of the article highlighted in the list when the list has focus, else
   * of the open one.
   */
  void openHere() {
    Edition shown = reader.edition();
    ArticlePosition at = reader.open().orElse(null);
    boolean listed = reader.focus() == Focus.ARTICLES && !shown.pages().isEmpty()
        && reader.cursor() < shown.pages().get(reader.page()).articles().size();
    if (listed) {
      at = new ArticlePosition(reader.page(), reader.cursor());
    }
    if (at == null) {
      reader.say(Note.of(Kind.NO_PICTURES));
      return;
    }
    open(at, shown.article(at));
  }

  /** Opens the photos of the article at {@code at}; says so when it has none. */
  void open(ArticlePosition at, Article open) {
    List<Figure> pictures = open.figures().stream().filter(f -> f.src() != null).toList();
    if (pictures.isEmpty()) {
      reader.say(Note.of(Kind.NO_PICTURES));
      return;
    }
    article = at;
    title = open.title();
    articleId = open.id();
    figures = pictures;
    index = 0;
    reader.mode(Mode.PICTURES);
  }

  /** The article whose photos are shown, or null before any. */
  public ArticlePosition article() {
    return article;
  }

  /** The title of that article. */
  public String title() {
    return title;
  }

  /** The photo shown, or empty when none is. */
  public Optional<Figure> current() {
    return reader.mode() == Mode.PICTURES && !figures.isEmpty()
        ? Optional.of(figures.get(index)) : Optional.empty();
  }

  /** The URL of the picture to load now, or null when no photo is shown. */
  public String wanted() {
    return current().map(Figure::src).orElse(null);
  }

  /** The photo shown, from 1. */
  public int number() {
    return index + 1;
  }

  public int count() {
    return figures.size();
  }

  void key(String key) {
    Optional<Action> action = keys.action(key);
    if (key.equals(Keys.RIGHT) || key.equals(Keys.DOWN)
        || action.equals(Optional.of(Action.NEXT_ARTICLE))) {
      step(1);
    } else if (key.equals(Keys.LEFT) || key.equals(Keys.UP)
        || action.equals(Optional.of(Action.PREVIOUS_ARTICLE))) {
      step(-1);
    } else if (action.equals(Optional.of(Action.BACK)) || key.equals(Keys.ESC)) {
      reader.mode(Mode.READING);
    } else if (action.equals(Optional.of(Action.HELP))) {
      reader.overlays().openHelp();
    } else if (action.equals(Optional.of(Action.VIEWER))) {
      viewing.ask(new ViewRequest(figures.get(index).src(),
          String.format(Locale.ROOT, "%s-%02d", articleId, index + 1)));
    } else if (action.equals(Optional.of(Action.QUIT))) {
      reader.act(Action.QUIT);
    }
  }

  private void step(int by) {
    int next = index + by;
    if (next < 0 || next >= figures.size()) {
      reader.say(Note.of(next < 0 ? Kind.FIRST_PICTURE : Kind.LAST_PICTURE));
      return;
    }
    reader.say(null);
    index = next;
  }
}
