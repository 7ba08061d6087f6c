package org.termpaper.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;
import org.termpaper.source.feed.FeedReader;
import org.termpaper.text.EditionCleaner;

/**
 * Editions to benchmark with: {@value #SAMPLE}, the newest issue of the bundled sample paper
 * (cleaned, as a source returns it); {@value #GENERATED}, an edition shaped like a city daily (8
 * pages, 24 articles, about 22,000 characters, mostly ideographs with Chinese punctuation,
 * numbers, dates and a few Latin words), seeded so that every run lays out the same text; or
 * the path of an edition feed file.
 */
final class BenchEditions {
  static final String GENERATED = "generated";
  static final String SAMPLE = "sample";
  private static final String SAMPLE_FOLDER = "/org/termpaper/sample/";

  private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地"
      + "于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家"
      + "电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天"
      + "政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只"
      + "没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
      + "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战"
      + "先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认"
      + "六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八"
      + "离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持"
      + "音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何";
  private static final String[] EXTRAS = {
      "2022年7月14日", "15.3%", "COVID-19", "iPhone", "GDP", "5G", "1.2万", "第三季度",
      "“十四五”", "（记者 王小明）", "——", "……", "《人民日报》"};
  private static final String[] PUNCTUATION = {"，", "，", "，", "、", "；", "："};

  private BenchEditions() {}

  static Edition load(String source) {
    if (GENERATED.equals(source)) {
      return generated(24, 830);
    }
    if (SAMPLE.equals(source)) {
      IssueCalendar calendar = FeedReader.calendar(resource("calendar.json"), SAMPLE);
      String newest = calendar.newest().orElseThrow() + ".json";
      return EditionCleaner.clean(FeedReader.edition(resource(newest), newest));
    }
    try {
      return EditionCleaner.clean(FeedReader.edition(Files.readAllBytes(Path.of(source)), source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = BenchEditions.class.getResourceAsStream(SAMPLE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("no bundled sample " + SAMPLE_FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code articles} articles of about {@code charsPerArticle} characters each. */
  static Edition generated(int articles, int charsPerArticle) {
    SplittableRandom random = new SplittableRandom(20220714);
    List<Page> pages = new ArrayList<>();
    List<Article> onPage = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      onPage.add(article(random, i, charsPerArticle));
      if (onPage.size() == 3 || i == articles - 1) {
        pages.add(new Page(String.format("%02d", pages.size() + 1), words(random, 2), null, null,
            onPage));
        onPage = new ArrayList<>();
      }
    }
    return new Edition(new Paper("bench", "基准晨报", null), LocalDate.of(2022, 7, 14), null,
        null, null, pages, List.of());
  }

  /** The characters of all texts of an edition's articles. */
  static long characters(Edition edition) {
    long count = 0;
    for (Page page : edition.pages()) {
      for (Article a : page.articles()) {
        count += length(a.preTitle()) + length(a.title()) + length(a.subtitle())
            + length(a.author());
        count += a.paragraphs().stream().mapToLong(String::length).sum();
        count += a.figures().stream().mapToLong(f -> length(f.caption())).sum();
      }
    }
    return count;
  }

  private static long length(String text) {
    return text == null ? 0 : text.length();
  }

  private static Article article(SplittableRandom random, int index, int chars) {
    List<String> paragraphs = new ArrayList<>();
    int written = 0;
    while (written < chars) {
      String paragraph = paragraph(random, 60 + random.nextInt(160));
      paragraphs.add(paragraph);
      written += paragraph.length();
    }
    List<Figure> figures = random.nextInt(3) == 0
        ? List.of(new Figure("p" + index + ".jpg", words(random, 12))) : List.of();
    return new Article("content_" + (1000 + index), null,
        random.nextInt(3) == 0 ? words(random, 10) : null, words(random, 6 + random.nextInt(14)),
        random.nextInt(4) == 0 ? words(random, 16) : null, "本报记者 " + words(random, 3),
        paragraphs, figures);
  }

  private static String paragraph(SplittableRandom random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(words(random, 4 + random.nextInt(14)));
      if (random.nextInt(6) == 0) {
        text.append(EXTRAS[random.nextInt(EXTRAS.length)]);
      }
      text.append(random.nextInt(3) == 0 ? "。" : PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
    }
    text.setLength(text.length() - 1);
    return text.append('。').toString();
  }

  private static String words(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      text.append(COMMON.charAt(random.nextInt(COMMON.length())));
    }
    return text.toString();
  }
}
