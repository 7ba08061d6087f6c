package org.termpaper.source.founder;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a byline from body text. Many sites give the byline as the body's first paragraph
 * ({@code □ 湖北日报评论员}, {@code 本报记者 张三 通讯员 李四}); some fill the author field with
 * the date. Stateless.
 */
final class Bylines {
  private static final Pattern MARKED = Pattern.compile("^[□■●◎▲△◇◆☆★▍]\\s*(.+)$");
  private static final Pattern WORDS =
      Pattern.compile("记者|通讯员|评论员|撰稿|特约|实习生|特派|文/|文／|图/|图／|作者|本报|署名");
  private static final Pattern SENTENCE = Pattern.compile("[。！？；，,：:]");
  private static final Pattern DATE = Pattern.compile(
      "^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.*|^\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}.*");
  private static final int MAX_BYLINE = 40;

  private Bylines() {}

  /** The author field, or null when it is empty or only a date. */
  static String author(String field) {
    String text = Noise.field(field);
    return text == null || DATE.matcher(text).matches() ? null : text;
  }

  /**
   * The body's byline moved out of the paragraphs.
   *
   * @param author the author after the move, or null
   * @param paragraphs the body without the byline
   */
  record Split(String author, List<String> paragraphs) {}

  /** Moves a leading byline paragraph into the author, or drops it when it repeats the author. */
  static Split split(String author, List<String> paragraphs) {
    List<String> body = new ArrayList<>(paragraphs);
    if (body.isEmpty()) {
      return new Split(author, body);
    }
    String first = body.get(0);
    String byline = byline(first);
    if (author != null && (first.equals(author) || byline != null
        && (byline.contains(author) || author.contains(byline)))) {
      body.remove(0);
      return new Split(byline != null && byline.length() > author.length() ? byline : author,
          body);
    }
    if (author == null && byline != null) {
      body.remove(0);
      return new Split(byline, body);
    }
    return new Split(author, body);
  }

  /** The byline a paragraph is, without its mark, or null when it is body text. */
  static String byline(String paragraph) {
    String text = paragraph.strip();
    if (text.length() > MAX_BYLINE || text.startsWith("（") || text.startsWith("(")) {
      return null;
    }
    var marked = MARKED.matcher(text);
    if (marked.matches()) {
      return marked.group(1).strip();
    }
    return WORDS.matcher(text).find() && !SENTENCE.matcher(text).find() ? text : null;
  }
}
