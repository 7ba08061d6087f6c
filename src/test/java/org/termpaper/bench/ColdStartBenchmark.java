package org.termpaper.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.layout.Line;
import org.termpaper.layout.LineBreaker;
import org.termpaper.model.Article;
import org.termpaper.text.ColumnWidth;

/**
 * Cold cost: the first article laid out in a fresh JVM, which loads the layout classes and
 * ICU's break rules and property data. One shot per fork, many forks; setup builds the article
 * without touching ICU. Compare with {@link LayoutBenchmark#firstArticle} (warm) for the extra
 * cost of a cold start; target: under 100 ms extra.
 *
 * <p>{@code firstArticleInAFreshJvm} pays for everything; {@code firstArticleAfterPreload} is
 * what {@code dump} and the UI see when {@link LineBreaker#preload} ran in the background while
 * the edition loaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class ColdStartBenchmark {
  private Article first;

  @Setup
  public void setUp() {
    first = BenchEditions.generated(1, 830).pages().get(0).articles().get(0);
  }

  @Benchmark
  public List<Line> firstArticleInAFreshJvm() {
    return new ArticleLayout(new ColumnWidth(false)).layout(first, 80);
  }

  /** The preload has finished before the shot, as when it overlapped loading the edition. */
  @State(Scope.Benchmark)
  public static class Preloaded {
    @Setup
    public void preload() throws InterruptedException {
      Thread thread = new Thread(LineBreaker::preload);
      thread.start();
      thread.join();
    }
  }

  @Benchmark
  public List<Line> firstArticleAfterPreload(Preloaded preloaded) {
    return new ArticleLayout(new ColumnWidth(false)).layout(first, 80);
  }
}
