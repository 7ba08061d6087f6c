package org.termpaper.source.founder;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a Founder site shows that a reader must not see: the template's failure messages
 * ({@code ****处理标记:[Article]时, 字段 [URLOtherPageNo] 在数据源中没有找到! ****},
 * {@code 数据源为空}) and the site's navigation words (返回主页, 上一期, PDF 版, 朗读 …, and
 * 上一篇/下一篇 with the titles that follow them). Stateless.
 */
final class Noise {
  /** Words of the site's chrome; longest first so that 本版上一期 goes before 上一期. */
  static final List<String> NAVIGATION = List.of(
      "返回主页", "返回首页", "版面导航", "标题导航", "上一期", "下一期", "本版上一期",
      "本版下一期", "前一期", "后一期", "日历", "往期回顾", "PDF 版", "PDF版", "PDF", "朗读",
      "发表评论", "相关文章", "上一篇", "下一篇", "上一版", "下一版", "上一页", "下一页",
      "版面概览", "放大", "缩小", "默认", "打印", "返回目录", "返回", "首页", "版")
      .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private static final Pattern TEMPLATE_FAILURE =
      Pattern.compile("\\*{2,}\\s*处理标记.*?\\*{2,}", Pattern.DOTALL);
  private static final Pattern EMPTY_SOURCE = Pattern.compile("数据源为空[。.!！]?");
  /** A 上一篇/下一篇 link with its title, or a 参见第N版 cross reference, with icon digits. */
  private static final Pattern NAVIGATION_LINE =
      Pattern.compile("^\\s*\\d*\\s*(?:上一篇|下一篇|参见第.*版)");
  private static final Pattern SEPARATORS =
      Pattern.compile("[\\s\\p{Punct}\\u3000\\u00A0|｜·・：，、—\\-\\d]*");

  private Noise() {}

  /** {@code text} without template failures; null stays null. */
  static String strip(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = TEMPLATE_FAILURE.matcher(text).replaceAll("");
    return EMPTY_SOURCE.matcher(cleaned).replaceAll("");
  }

  /** True when a line is the site's navigation, not the paper's text. */
  static boolean isNavigation(String line) {
    String text = strip(line).strip();
    if (text.isEmpty()) {
      return false;
    }
    if (NAVIGATION_LINE.matcher(text).find()) {
      return true;
    }
    String rest = text;
    boolean removed = false;
    for (String word : NAVIGATION) {
      if (rest.contains(word)) {
        rest = rest.replace(word, " ");
        removed = true;
      }
    }
    return removed && SEPARATORS.matcher(rest).matches();
  }

  /**
   * The text of a field (title, name, caption) with the noise gone, or null when nothing of the
   * paper's own is left.
   */
  static String field(String text) {
    String cleaned = HtmlText.fold(strip(text));
    return cleaned == null || cleaned.isEmpty() || isNavigation(cleaned) ? null : cleaned;
  }
}
