package org.termpaper.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.ui.nav.Focus;
import org.termpaper.ui.nav.Mode;
import org.termpaper.ui.nav.ReadAloud;
import org.termpaper.ui.nav.Reader;
import org.termpaper.ui.nav.Scope;

/**
 * Draws the breadcrumb at the top (paper › date › page › article), the status line (paper,
 * date, page, article i of n, online or offline, loading) and the line below it: the prompt
 * being typed, else the last message, else a hint. Stateless.
 */
final class StatusLine {
  private final Texts texts;
  private final Theme theme;

  StatusLine(Texts texts, Theme theme) {
    this.texts = texts;
    this.theme = theme;
  }

  void breadcrumb(Canvas c, Reader reader) {
    Edition edition = reader.edition();
    if (edition == null) {
      return;
    }
    StringBuilder crumb = new StringBuilder(edition.paper().name()).append(' ')
        .append(edition.date());
    boolean wide = c.width() >= ReaderView.WIDE;
    boolean inPage = reader.focus() != Focus.PAGES || wide && reader.open().isPresent();
    if (inPage && !edition.pages().isEmpty()) {
      crumb.append(" › ").append(edition.pages().get(reader.page()).label());
    }
    if (reader.focus() == Focus.ARTICLE && reader.open().isPresent()) {
      crumb.append(" › ").append(edition.article(reader.open().get()).title());
    }
    c.text(1, 0, c.fit(crumb.toString(), c.width() - 2), theme.heading());
  }

  void status(Canvas c, Reader reader, Activity activity) {
    c.fill(0, theme.status());
    Edition edition = reader.edition();
    StringBuilder left = new StringBuilder();
    if (edition != null) {
      left.append(edition.paper().name()).append("  ").append(edition.date());
      if (!edition.pages().isEmpty()) {
        left.append("  ").append(edition.pages().get(reader.page()).label());
      }
      if (reader.open().isPresent()) {
        left.append("  ").append(texts.get("article.of", reader.articleNumber(),
            edition.articleCount()));
      }
    }
    StringBuilder right = new StringBuilder();
    ReadAloud aloud = reader.readAloud();
    if (aloud.reading()) {
      right.append(aloud.part().map(part -> texts.get("reading." + part.name(), aloud.number(),
          aloud.count())).orElse(texts.get("reading"))).append("  ");
    }
    if (activity.loading() || reader.issues().loading()) {
      right.append(activity.total() > 0
          ? texts.get("loading.progress", activity.done(), activity.total())
          : texts.get("loading")).append("  ");
    }
    right.append(texts.get(activity.link().textKey()));
    int rightWidth = c.columns(right.toString());
    c.text(c.width() - rightWidth - 1, 0, right.toString(), theme.status());
    c.text(1, 0, c.fit(left.toString(), c.width() - rightWidth - 3), theme.status());
  }

  void message(Canvas c, Reader reader, Activity activity) {
    Mode mode = reader.mode();
    if (mode == Mode.DATE_PROMPT || mode == Mode.SEARCH_PROMPT) {
      LocalDate day = reader.issues().date() == null ? LocalDate.now() : reader.issues().date();
      String label = texts.get(mode == Mode.DATE_PROMPT ? "prompt.date"
          : reader.search().scope() == Scope.ALL ? "prompt.search.all" : "prompt.search",
          day, day.format(DateTimeFormatter.ofPattern("MMdd")));
      String typed = reader.overlays().prompt().text();
      int room = c.width() - c.columns(label) - 2;
      while (c.columns(typed) > room && !typed.isEmpty()) {
        typed = typed.substring(typed.offsetByCodePoints(0, 1));
      }
      int at = c.text(0, 0, label, theme.heading());
      at = c.text(at, 0, typed, theme.text());
      c.text(at, 0, " ", theme.cursor());
      return;
    }
    if (reader.note().isPresent()) {
      c.text(0, 0, c.fit(texts.note(reader.note().get()), c.width()), theme.notice());
      return;
    }
    boolean shown = c.width() >= ReaderView.WIDE || reader.focus() == Focus.ARTICLE;
    Article open = reader.edition() != null && reader.open().isPresent() && shown
        ? reader.edition().article(reader.open().get()) : null;
    String hint = texts.get(reader.focus() == Focus.PAGES
        ? "hint.top" : "hint");
    if (open != null && open.url() != null) {
      hint = hint + "  " + open.url();
    }
    c.text(0, 0, c.fit(hint, c.width()), theme.secondary());
  }
}
