package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;

/** Every string of an edition a reader sees, and the check that none of it is site noise. */
final class FeedText {
  private static final List<String> NOISE = List.of("处理标记", "数据源", "****", "返回主页",
      "版面导航", "标题导航", "上一期", "下一期", "日历", "PDF 版", "朗读", "发表评论", "相关文章",
      "上一篇", "下一篇", "参见第", "锟斤拷", "\uFFFD");

  private FeedText() {}

  static List<String> strings(Edition edition) {
    List<String> all = new ArrayList<>();
    all.add(edition.paper().name());
    for (Page page : edition.pages()) {
      add(all, page.number(), page.name());
      for (Article a : page.articles()) {
        add(all, a.preTitle(), a.title(), a.subtitle(), a.author());
        all.addAll(a.paragraphs());
        a.figures().stream().map(Figure::caption).forEach(c -> add(all, c));
      }
    }
    return all;
  }

  static void assertClean(String text) {
    for (String noise : NOISE) {
      assertThat(text).as("noise '%s'", noise).doesNotContain(noise);
    }
    assertThat(text).isNotBlank();
  }

  private static void add(List<String> all, String... values) {
    for (String value : values) {
      if (value != null) {
        all.add(value);
      }
    }
  }
}
