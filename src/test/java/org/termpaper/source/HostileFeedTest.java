package org.termpaper.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;

/** Escape sequences in a JSON feed never reach the model a source returns. */
class HostileFeedTest {
  @TempDir
  Path dir;

  @Test
  void noEscapeSequenceOrControlFromAFeedReachesTheModel() throws IOException {
    Path feed = dir.resolve("2022-07-14.json");
    Files.writeString(feed, """
        {"format": "termpaper.edition/1",
         "paper": {"id": "x", "name": "晨报\\u001b[2J"},
         "date": "2022-07-14",
         "warnings": ["bad\\u001b]52;c;QUJD\\u0007 page"],
         "pages": [{"number": "01\\u009b31m", "name": "要闻\\b",
           "articles": [{"id": "c1", "preTitle": "\\u202e引题",
             "title": "\\u001b[31m标题\\u001b[0m", "subtitle": "副题\\ufeff",
             "author": "记者&#27;[2J", "paragraphs": ["\\u3000\\u3000正文\\u001bP1$r\\u001b\\\\。",
               "\\u001b[2J", "\\u009d0;title\\u009c尾"],
             "figures": [{"caption": "图\\u0085说\\u2066明\\u2069"}]}]}]}
        """);

    Edition edition;
    try (Fetcher fetcher = new Fetcher(HttpSettings.defaults("test").withOffline(true))) {
      SourceContext context = new SourceContext(fetcher, Config.empty(), DataDirs.under(dir));
      try (EditionSource source = new SourceResolver(context).resolve(feed.toString())) {
        edition = source.newest(Progress.NONE);
      }
    }

    assertThat(texts(edition)).allSatisfy(text ->
        assertThat(text.codePoints()).noneMatch(HostileFeedTest::isForbidden));
    Page page = edition.pages().get(0);
    Article article = page.articles().get(0);
    assertThat(edition.paper().name()).isEqualTo("晨报");
    assertThat(edition.warnings()).containsExactly("bad page");
    assertThat(page.number()).isEqualTo("01");
    assertThat(page.name()).isEqualTo("要闻");
    assertThat(article.preTitle()).isEqualTo("引题");
    assertThat(article.title()).isEqualTo("标题");
    assertThat(article.subtitle()).isEqualTo("副题");
    assertThat(article.author()).as("JSON text is not HTML: a reference stays literal")
        .isEqualTo("记者&#27;[2J");
    assertThat(article.paragraphs()).containsExactly("正文。", "尾");
    assertThat(article.figures()).extracting(Figure::caption).containsExactly("图 说明");
  }

  @Test
  void hostileIdsAndTheNameInAMissingIssueMessageAreCleaned() throws IOException {
    Files.writeString(dir.resolve("2022-07-14.json"), """
        {"format": "termpaper.edition/1",
         "paper": {"id": "ev\\u001b]0;pwn\\u0007il", "name": "Evil\\u001b[31mRED"},
         "date": "2022-07-14",
         "pages": [{"number": "01", "articles": [{"id": "c\\u001b[2J1", "title": "t"}]}]}
        """);
    try (Fetcher fetcher = new Fetcher(HttpSettings.defaults("test").withOffline(true))) {
      SourceContext context = new SourceContext(fetcher, Config.empty(), DataDirs.under(dir));
      try (EditionSource source = new SourceResolver(context).resolve(dir.toString())) {
        Edition edition = source.newest(Progress.NONE);
        assertThat(edition.paper().id()).isEqualTo("evil");
        assertThat(source.calendar().paper().id()).isEqualTo("evil");
        assertThat(edition.pages().get(0).articles().get(0).id()).isEqualTo("c1");
        assertThatThrownBy(() -> source.edition(LocalDate.of(2022, 7, 15)))
            .isInstanceOf(IssueNotFoundException.class)
            .hasMessage("no issue of EvilRED on 2022-07-15; nearest: 2022-07-14");
      }
    }
  }

  private static List<String> texts(Edition edition) {
    List<String> texts = new ArrayList<>(edition.warnings());
    texts.add(edition.paper().name());
    for (Page page : edition.pages()) {
      texts.add(page.number());
      texts.add(page.name());
      for (Article a : page.articles()) {
        Stream.of(a.preTitle(), a.title(), a.subtitle(), a.author()).forEach(texts::add);
        texts.addAll(a.paragraphs());
        a.figures().forEach(f -> texts.add(f.caption()));
      }
    }
    texts.removeIf(text -> text == null);
    return texts;
  }

  private static boolean isForbidden(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        || codePoint >= 0x202A && codePoint <= 0x202E
        || codePoint >= 0x2066 && codePoint <= 0x2069 || codePoint == 0xFEFF;
  }
}
