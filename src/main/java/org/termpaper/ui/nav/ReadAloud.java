package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.Optional;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The {@code a} key's side of the navigation model (朗读): which article is read aloud, which part
 * of it the engine is at, and what the UI is asked to start or stop. {@code a} again, Esc (or
 * {@code q}) and moving to another article stop it. The UI runs the engine and answers with
 * {@link #speaking}, {@link #ended} or {@link #refused}; answers for a reading that was stopped
 * since are ignored. Mutable, used on the UI thread only.
 */
public final class ReadAloud {
  /** The parts of an article that are read, for the status line. */
  public enum Part { TITLE, PARAGRAPH, CAPTION }

  /**
   * What the UI is asked to do: start reading {@code article} (numbered {@code serial}), or stop
   * the reading under way when {@code article} is null.
   */
  public record Request(int serial, Article article) {
    public boolean isStop() {
      return article == null;
    }
  }

  /** Why the UI would not read: the terminal is on another machine, or no engine is there. */
  public enum Refusal { REMOTE, NO_ENGINE }

  private final Reader reader;
  private Request asked;
  private int serial;
  private boolean reading;
  private LocalDate date;
  private ArticlePosition article;
  private Part part;
  private int number;
  private int count;

  ReadAloud(Reader reader) {
    this.reader = reader;
  }

  /** True from {@code a} until the reading ends or is stopped. */
  public boolean reading() {
    return reading;
  }

  /** The part being read, or empty before the engine has said. */
  public Optional<Part> part() {
    return reading ? Optional.ofNullable(part) : Optional.empty();
  }

  /** The 1-based number of the part being read among the parts of its kind. */
  public int number() {
    return number;
  }

  /** How many parts of that kind the article has. */
  public int count() {
    return count;
  }

  /** What to start or stop, once; empty when nothing was asked since. */
  public Optional<Request> take() {
    Request request = asked;
    asked = null;
    return Optional.ofNullable(request);
  }

  /** {@code a}: reads the open article, or stops the reading. */
  void toggle(LocalDate shownDate, ArticlePosition open, Article openArticle) {
    if (reading) {
      stop(Kind.READ_ALOUD_STOPPED);
      return;
    }
    if (open == null) {
      reader.say(Note.of(Kind.READ_ALOUD_NO_ARTICLE));
      return;
    }
    serial++;
    reading = true;
    date = shownDate;
    article = open;
    part = null;
    asked = new Request(serial, openArticle);
    reader.say(Note.of(Kind.READING_ALOUD, openArticle.title()));
  }

  /** Esc or {@code q}: stops a reading under way; false when none was, to go back instead. */
  boolean back() {
    if (!reading) {
      return false;
    }
    stop(Kind.READ_ALOUD_STOPPED);
    return true;
  }

  /** The reader is at {@code open} of the issue of {@code shownDate}: another article stops it. */
  void follow(LocalDate shownDate, ArticlePosition open) {
    if (reading && (!date.equals(shownDate) || !article.equals(open))) {
      stop(reader.note().isPresent() ? null : Kind.READ_ALOUD_STOPPED);
    }
  }

  /** The reader is leaving: whatever is read stops. */
  void quit() {
    if (reading) {
      stop(null);
    }
  }

  /** The engine of reading {@code serial} is at part {@code number} of {@code count}. */
  public void speaking(int serial, Part at, int number, int count) {
    if (reading && serial == this.serial) {
      this.part = at;
      this.number = number;
      this.count = count;
    }
  }

  /** Reading {@code serial} ended: read to the end when {@code failure} is null. */
  public void ended(int serial, String failure) {
    if (reading && serial == this.serial) {
      reading = false;
      reader.say(failure == null ? Note.of(Kind.READ_ALOUD_DONE)
          : Note.of(Kind.READ_ALOUD_FAILED, failure));
    }
  }

  /**
   * Reading {@code serial} could not start: {@code detail} names the config key and the engines
   * looked for, or is empty.
   */
  public void refused(int serial, Refusal why, String detail) {
    if (reading && serial == this.serial) {
      reading = false;
      asked = null;
      reader.say(why == Refusal.REMOTE ? Note.of(Kind.READ_ALOUD_REMOTE)
          : Note.of(Kind.READ_ALOUD_NO_ENGINE, detail));
    }
  }

  private void stop(Kind note) {
    reading = false;
    asked = new Request(serial, null);
    if (note != null) {
      reader.say(Note.of(note));
    }
  }
}
