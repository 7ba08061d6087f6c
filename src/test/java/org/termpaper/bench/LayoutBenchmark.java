package org.termpaper.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.layout.Line;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.text.ColumnWidth;

/**
 * Warm layout speed: a whole edition (every article) and one article at 80 columns. Sample
 * time mode, so the report gives the median ({@code p0.50}). Target: a whole edition in under
 * 50 ms. Run with {@code bench/jmh LayoutBenchmark}: it lays out the bundled sample's newest
 * issue and a generated, larger edition; {@code -p edition=path/to/feed.json} lays out another.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LayoutBenchmark {
  @Param({BenchEditions.SAMPLE, BenchEditions.GENERATED})
  public String edition;

  @Param("80")
  public int width;

  private ArticleLayout layout;
  private List<Article> articles;

  @Setup
  public void setUp() {
    Edition loaded = BenchEditions.load(edition);
    articles = loaded.pages().stream().map(Page::articles).flatMap(List::stream).toList();
    layout = new ArticleLayout(new ColumnWidth(false));
    System.out.printf("%n%d articles, %d characters%n", articles.size(),
        BenchEditions.characters(loaded));
  }

  @Benchmark
  public void wholeEdition(Blackhole sink) {
    for (Article article : articles) {
      sink.consume(layout.layout(article, width));
    }
  }

  @Benchmark
  public List<Line> firstArticle() {
    return layout.layout(articles.get(0), width);
  }
}
