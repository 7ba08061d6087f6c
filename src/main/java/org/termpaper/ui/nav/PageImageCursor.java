package org.termpaper.ui.nav;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The {@code v} key: the page image (版面图) of the page shown, with one article outlined. Part
 * of {@link Reader} through {@link PictureCursor}; mutable, UI thread only.
 *
 * <p>Only the articles the page's image map places can be outlined; they are stepped through in
 * page order with the keys of the next and previous article and the arrows, stopping at the
 * ends. {@link Action#OPEN} opens the outlined article, {@link Action#BACK} (and Esc) goes back
 * to where the reader was, {@code ?} opens the help, {@link Action#VIEWER} hands the page image
 * to the desktop's viewer. The picture to load is named by {@link #wanted}; loading is the UI's.
 */
public final class PageImageCursor {
  private final Reader reader;
  private final KeyMap keys;
  private final Viewing viewing;
  private int page;
  private String label;
  private PageImage image;
  private List<Integer> placed = List.of();
  private int index;

  PageImageCursor(Reader reader, KeyMap keys, Viewing viewing) {
    this.reader = reader;
    this.keys = keys;
    this.viewing = viewing;
  }

  /**
   * {@code v}: the image of the page shown, the article highlighted (or open) outlined when the
   * map places it, else the first the map places; says so when the page has no image.
   */
  void openHere() {
    Edition shown = reader.edition();
    if (shown.pages().isEmpty()) {
      reader.say(Note.of(Kind.NO_PAGES));
      return;
    }
    Page here = shown.pages().get(reader.page());
    if (here.image() == null) {
      reader.say(Note.of(Kind.NO_PAGE_IMAGE));
      return;
    }
    List<Integer> withArea = new ArrayList<>();
    for (int i = 0; i < here.articles().size(); i++) {
      if (here.area(here.articles().get(i).id()).isPresent()) {
        withArea.add(i);
      }
    }
    int at = reader.focus() == Focus.PAGES ? -1
        : reader.focus() == Focus.ARTICLE && reader.open().isPresent()
            ? reader.open().get().article() : reader.cursor();
    page = reader.page();
    label = here.label();
    image = here.image();
    placed = List.copyOf(withArea);
    index = Math.max(0, placed.indexOf(at));
    reader.say(null);
    reader.mode(Mode.PAGE_IMAGE);
  }

  /** The page image shown, or empty when none is. */
  public Optional<PageImage> current() {
    return reader.mode() == Mode.PAGE_IMAGE ? Optional.ofNullable(image) : Optional.empty();
  }

  /** The URL of the picture to load now, or null when no page image is shown. */
  public String wanted() {
    return current().map(PageImage::url).orElse(null);
  }

  /** The page's label, such as {@code 第03版 要闻}. */
  public String label() {
    return label;
  }

  /** The outlined article's place, or empty when the map places none of the page's articles. */
  public Optional<ArticlePosition> outlined() {
    return placed.isEmpty() ? Optional.empty()
        : Optional.of(new ArticlePosition(page, placed.get(index)));
  }

  /** The outlined article's area on the image, or empty. */
  public Optional<PageArea> area() {
    return outlined().flatMap(at -> image.area(article(at).id()));
  }

  /** The outlined article, or empty. */
  public Optional<Article> article() {
    return outlined().map(this::article);
  }

  /** The outlined article among those the map places, from 1; 0 when none is. */
  public int number() {
    return placed.isEmpty() ? 0 : index + 1;
  }

  /** How many of the page's articles the map places. */
  public int count() {
    return placed.size();
  }

  void key(String key) {
    Optional<Action> action = keys.action(key);
    if (key.equals(Keys.RIGHT) || key.equals(Keys.DOWN)
        || action.equals(Optional.of(Action.NEXT_ARTICLE))) {
      step(1);
    } else if (key.equals(Keys.LEFT) || key.equals(Keys.UP)
        || action.equals(Optional.of(Action.PREVIOUS_ARTICLE))) {
      step(-1);
    } else if (action.equals(Optional.of(Action.OPEN))) {
      Optional<ArticlePosition> at = outlined();
      if (at.isPresent()) {
        reader.mode(Mode.READING);
        reader.openAt(at.get());
      } else {
        reader.say(Note.of(Kind.NO_ARTICLES));
      }
    } else if (action.equals(Optional.of(Action.BACK)) || key.equals(Keys.ESC)) {
      reader.say(null);
      reader.mode(Mode.READING);
    } else if (action.equals(Optional.of(Action.HELP))) {
      reader.overlays().openHelp();
    } else if (action.equals(Optional.of(Action.VIEWER))) {
      viewing.ask(new ViewRequest(image.url(), "page-" + label.replaceAll("\\s+", "-")));
    } else if (action.equals(Optional.of(Action.QUIT))) {
      reader.act(Action.QUIT);
    }
  }

  private void step(int by) {
    int next = index + by;
    if (placed.isEmpty() || next < 0 || next >= placed.size()) {
      reader.say(Note.of(next < 0 ? Kind.FIRST_ON_PAGE : Kind.LAST_ON_PAGE));
      return;
    }
    reader.say(null);
    index = next;
  }

  private Article article(ArticlePosition at) {
    return reader.edition().pages().get(at.page()).articles().get(at.article());
  }
}
