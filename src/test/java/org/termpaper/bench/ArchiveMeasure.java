package org.termpaper.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.archive.Archive;
import org.termpaper.archive.SearchQuery;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;

/**
 * Measures what the archive costs: the bytes an archived issue takes on disk against the raw
 * HTML of its pages and articles, and the time of searches over an archive of 60 generated
 * issues (four pages of four articles each). With {@code --corpus FILE} it also archives the
 * 32 real articles of {@code shared/corpus/hbrb-2023-02-articles-fragments.html} (read at run
 * time, never stored in the repository) as two issues, against the bytes of those fragments.
 *
 * <p>Run by {@code bench/archive-size [--corpus FILE]}; not a test.
 */
public final class ArchiveMeasure {
  private static final int ISSUES = 60;
  private static final String[] QUERIES = {"志愿者服务站", "新能源", "公园 高温", "芯片", "粮"};

  private ArchiveMeasure() {}

  public static void main(String[] args) throws Exception {
    List<Edition> editions = new ArrayList<>();
    for (int i = 0; i < ISSUES; i++) {
      editions.add(Editions.generate(LocalDate.of(2022, 5, 1).plusDays(i), 4, 4));
    }
    long html = FounderSite.of(editions).htmlBytes();
    Path dir = Files.createTempDirectory("tp-archive");
    Archive.open(dir.resolve("empty.db")).close();
    long empty = Files.size(dir.resolve("empty.db"));
    System.out.printf(Locale.ROOT, "an empty archive: %d B (one page per table and index)%n",
        empty);
    Path file = dir.resolve("archive.db");
    try (Archive archive = Archive.open(file)) {
      editions.forEach(e -> archive.store(e, List.of()));
    }
    long bytes = Files.size(file);
    report("generated", ISSUES, html, bytes - empty);
    try (Archive archive = Archive.open(file)) {
      for (String query : QUERIES) {
        time(archive, query);
      }
    }
    int corpus = Arrays.asList(args).indexOf("--corpus");
    if (corpus >= 0) {
      measureCorpus(Path.of(args[corpus + 1]), dir, empty);
    }
  }

  private static void report(String what, int issues, long html, long bytes) {
    System.out.printf(Locale.ROOT, "%s: %d issues, raw HTML %d B (%d B an issue), archive "
        + "beyond empty %d B (%d B an issue): %.1f%% of the HTML%n", what, issues, html,
        html / issues, bytes, bytes / issues, 100.0 * bytes / html);
  }

  private static void time(Archive archive, String query) {
    SearchQuery search = new SearchQuery(query, null, SearchQuery.DEFAULT_LIMIT);
    for (int i = 0; i < 5; i++) {
      archive.search(search);
    }
    long[] nanos = new long[21];
    int hits = 0;
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      hits = archive.search(search).size();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "search %-12s %4d hits: median %.1f ms, worst %.1f ms%n",
        "\"" + query + "\"", hits, nanos[nanos.length / 2] / 1e6,
        nanos[nanos.length - 1] / 1e6);
  }

  /** Two issues of sixteen real articles each, from the corpus file's article fragments. */
  private static void measureCorpus(Path fragments, Path dir, long empty) throws Exception {
    byte[] raw = Files.readAllBytes(fragments);
    Document doc = Jsoup.parse(new String(raw, StandardCharsets.UTF_8));
    List<Article> articles = new ArrayList<>();
    for (Element caption : doc.select("div.caption")) {
      Element content = caption.nextElementSibling();
      List<String> paragraphs = content == null ? List.of()
          : content.select("p").eachText().stream().map(String::strip)
              .filter(p -> !p.isEmpty()).toList();
      String title = caption.select("#main-title").text();
      articles.add(new Article("content_" + articles.size(), null, null,
          title.isBlank() ? "untitled" : title, null, null, paragraphs, List.of()));
    }
    Path file = dir.resolve("corpus.db");
    int half = articles.size() / 2;
    try (Archive archive = Archive.open(file)) {
      for (int i = 0; i < 2; i++) {
        List<Article> own = articles.subList(i * half, (i + 1) * half);
        archive.store(new Edition(Editions.PAPER, LocalDate.of(2023, 2, 10 + i), null, null,
            null, List.of(new Page("01", null, null, null, own)), List.of()), List.of());
      }
    }
    report("corpus (" + articles.size() + " real articles; raw = the fragments only)", 2,
        raw.length, Files.size(file) - empty);
  }
}
