package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * No string of the model holds markup: every page and article view among our fixtures, read
 * both as a page and as an article, gives text without a tag, a {@code <br>} or an unresolved
 * entity. {@link CorpusTest} holds the same over the corpus pages.
 */
class NoMarkupTest {
  static final Path FIXTURES = Path.of("src/test/resources/founder");

  @Test
  void noFixturePageOrArticleGivesAStringWithMarkup() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(FIXTURES)) {
      files = walk.filter(p -> p.toString().matches(".*\\.html?$")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    List<String> all = new ArrayList<>();
    for (Path file : files) {
      all.addAll(strings(Jsoup.parse(file.toFile(), null), file.toString()));
    }
    assertThat(all).hasSizeGreaterThan(200)
        .noneMatch(s -> ModelStrings.MARKUP.matcher(s).find());
  }

  /** The strings of a file read as a page view and as an article view. */
  static List<String> strings(Document page, String name) {
    String profileName = name.contains("rmrb") || name.contains("renmrb") ? "peoples-daily"
        : name.contains("/pc/") || name.endsWith(".html") ? "founder-pc" : "founder-classic";
    SiteProfile profile = SiteProfiles.builtIn().get(profileName);
    URI url = URI.create(switch (profileName) {
      case "peoples-daily" -> "http://paper.people.com.cn/rmrb/html/2023-02/10/"
          + "nw.D110000renmrb_20230210_1-01.htm";
      case "founder-pc" -> "http://paper.example/pc/content/202302/11/content_1.html";
      default -> "http://paper.example/html/2022-07/14/content_1.htm";
    });
    LinkScope scope = LinkScope.of(url.resolve("/"), profile);
    Document doc = page.clone();
    doc.setBaseUri(url.toString());
    List<String> strings = new ArrayList<>(ModelStrings.of(
        ArticleParser.parse(doc, url, null, profile, scope)));
    strings.addAll(ModelStrings.of(
        PageParser.parse(doc.clone(), url, LocalDate.of(2023, 2, 10), profile, scope)));
    return strings;
  }
}
