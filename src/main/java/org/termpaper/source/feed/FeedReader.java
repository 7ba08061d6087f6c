package org.termpaper.source.feed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.model.Paper;
import org.termpaper.text.TextCleaner;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the edition and calendar feeds of DESIGN.md §4. Unknown fields are ignored; a missing
 * required field or a value of the wrong kind is a {@link FeedException} naming the document and
 * the field's path, such as {@code pages[2].articles[0].title}; a value it quotes is cleaned and
 * cut short, since it comes from outside. Thread-safe.
 */
public final class FeedReader {
  public static final String EDITION_FORMAT = "termpaper.edition/1";
  public static final String CALENDAR_FORMAT = "termpaper.calendar/1";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FeedReader() {}

  public static Edition edition(byte[] json, String where) {
    JsonNode root = parse(json, where);
    Fields f = new Fields(where);
    f.requireFormat(root, EDITION_FORMAT);
    Paper paper = paper(f, root);
    List<Page> pages = new ArrayList<>();
    JsonNode pageNodes = f.array(root, "pages", "pages", true);
    for (int i = 0; i < pageNodes.size(); i++) {
      pages.add(page(f, pageNodes.get(i), "pages[" + i + "]"));
    }
    List<String> warnings = f.strings(root, "warnings", "warnings");
    return new Edition(paper, f.date(root, "date", "date", true), f.text(root, "url", "url"),
        f.date(root, "previousIssue", "previousIssue", false),
        f.date(root, "nextIssue", "nextIssue", false), pages, warnings);
  }

  public static IssueCalendar calendar(byte[] json, String where) {
    JsonNode root = parse(json, where);
    Fields f = new Fields(where);
    f.requireFormat(root, CALENDAR_FORMAT);
    Paper paper = paper(f, root);
    JsonNode issues = f.array(root, "issues", "issues", true);
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      dates.add(f.dateValue(issues.get(i), "issues[" + i + "]"));
    }
    return new IssueCalendar(paper, dates);
  }

  /** The value of {@code format} of any feed document, or null when it has none. */
  public static String formatOf(byte[] json, String where) {
    JsonNode format = parse(json, where).path("format");
    return format.isString() ? format.asString() : null;
  }

  private static JsonNode parse(byte[] json, String where) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        throw new FeedException(where + ": not a feed: expected a JSON object");
      }
      return root;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String place = at == null
          ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new FeedException(
          where + ": not valid JSON" + place + ": " + TextCleaner.quote(e.getOriginalMessage()),
          e);
    }
  }

  private static Paper paper(Fields f, JsonNode root) {
    JsonNode paper = f.object(root, "paper", "paper");
    return new Paper(f.required(paper, "id", "paper.id"), f.required(paper, "name", "paper.name"),
        f.text(paper, "home", "paper.home"));
  }

  private static Page page(Fields f, JsonNode node, String path) {
    f.requireObject(node, path);
    List<Article> articles = new ArrayList<>();
    List<PageArea> areas = new ArrayList<>();
    JsonNode articleNodes = f.array(node, "articles", path + ".articles", false);
    for (int i = 0; i < articleNodes.size(); i++) {
      String at = path + ".articles[" + i + "]";
      Article article = article(f, articleNodes.get(i), at);
      articles.add(article);
      area(f, articleNodes.get(i), at + ".area", article.id())
          .filter(a -> areas.stream().noneMatch(b -> b.article().equals(a.article())))
          .ifPresent(areas::add);
    }
    return new Page(f.required(node, "number", path + ".number"),
        f.text(node, "name", path + ".name"), f.text(node, "url", path + ".url"),
        f.text(node, "pdf", path + ".pdf"), articles,
        f.text(node, "unavailable", path + ".unavailable"), image(f, node, path, areas));
  }

  /** The page image with the articles' areas, or null when the page names no image. */
  private static PageImage image(Fields f, JsonNode page, String path, List<PageArea> areas) {
    String url = f.text(page, "image", path + ".image");
    if (url == null || url.isBlank()) {
      return null;
    }
    JsonNode size = f.array(page, "imageSize", path + ".imageSize", false);
    if (size.isEmpty()) {
      return new PageImage(url, areas);
    }
    if (size.size() != 2 || !whole(size.get(0)) || !whole(size.get(1))
        || size.get(0).intValue() < 1 || size.get(1).intValue() < 1
        || size.get(0).intValue() > PageArea.MAX_COORDINATE
        || size.get(1).intValue() > PageArea.MAX_COORDINATE) {
      throw f.fail(path + ".imageSize must be [width, height], whole numbers from 1 to "
          + PageArea.MAX_COORDINATE);
    }
    return new PageImage(url, size.get(0).intValue(), size.get(1).intValue(), areas);
  }

  private static boolean whole(JsonNode value) {
    return value.isIntegralNumber() && value.canConvertToInt();
  }

  /** The optional {@code area} of an article: its corners on the page image, x, y pairs. */
  private static Optional<PageArea> area(Fields f, JsonNode article, String path, String id) {
    JsonNode node = f.array(article, "area", path, false);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode value = node.get(i);
      if (!whole(value) || value.intValue() < 0) {
        throw f.fail(path + "[" + i + "] must be a whole number of pixels, 0 or more");
      }
      values.add(value.intValue());
    }
    try {
      return Optional.of(PageArea.of(id, values));
    } catch (IllegalArgumentException e) {
      throw f.fail(path + ": " + e.getMessage());
    }
  }

  private static Article article(Fields f, JsonNode node, String path) {
    f.requireObject(node, path);
    List<String> paragraphs = f.strings(node, "paragraphs", path + ".paragraphs");
    List<FeedBody.Placed> figures = new ArrayList<>();
    JsonNode figureNodes = f.array(node, "figures", path + ".figures", false);
    for (int i = 0; i < figureNodes.size(); i++) {
      String at = path + ".figures[" + i + "]";
      JsonNode figure = figureNodes.get(i);
      f.requireObject(figure, at);
      String src = f.text(figure, "src", at + ".src");
      String caption = f.text(figure, "caption", at + ".caption");
      int position = figure.path("at").isMissingNode() || figure.path("at").isNull() ? 0
          : f.index(figure.get("at"), at + ".at", paragraphs.size());
      if (src != null && !src.isBlank() || caption != null && !caption.isBlank()) {
        figures.add(new FeedBody.Placed(new Figure(src, caption), position));
      }
    }
    List<Integer> subheads = new ArrayList<>();
    JsonNode subheadNodes = f.array(node, "subheads", path + ".subheads", false);
    for (int i = 0; i < subheadNodes.size(); i++) {
      subheads.add(f.index(subheadNodes.get(i), path + ".subheads[" + i + "]",
          paragraphs.size() - 1));
    }
    return new Article(f.required(node, "id", path + ".id"), f.text(node, "url", path + ".url"),
        f.text(node, "preTitle", path + ".preTitle"), f.required(node, "title", path + ".title"),
        f.text(node, "subtitle", path + ".subtitle"), f.text(node, "author", path + ".author"),
        FeedBody.blocks(paragraphs, subheads, figures),
        f.text(node, "unavailable", path + ".unavailable"));
  }

  /** Field access that names the document and the field's path in every error. */
  private record Fields(String where) {
    void requireFormat(JsonNode root, String expected) {
      String format = text(root, "format", "format");
      if (format == null) {
        throw fail("missing field 'format' (expected \"" + expected + "\")");
      }
      if (!format.equals(expected)) {
        throw fail("format is \"" + TextCleaner.quote(format) + "\", expected \"" + expected
            + "\"");
      }
    }

    void requireObject(JsonNode node, String path) {
      if (!node.isObject()) {
        throw fail(path + " must be an object");
      }
    }

    JsonNode object(JsonNode parent, String name, String path) {
      JsonNode node = parent.path(name);
      if (node.isMissingNode() || node.isNull()) {
        throw fail("missing field '" + path + "'");
      }
      requireObject(node, path);
      return node;
    }

    JsonNode array(JsonNode parent, String name, String path, boolean required) {
      JsonNode node = parent.path(name);
      if (node.isMissingNode() || node.isNull()) {
        if (required) {
          throw fail("missing field '" + path + "'");
        }
        return JSON.createArrayNode();
      }
      if (!node.isArray()) {
        throw fail(path + " must be an array");
      }
      return node;
    }

    String required(JsonNode parent, String name, String path) {
      String value = text(parent, name, path);
      if (value == null || value.isBlank()) {
        throw fail("missing field '" + path + "'");
      }
      return value;
    }

    String text(JsonNode parent, String name, String path) {
      JsonNode node = parent.path(name);
      if (node.isMissingNode() || node.isNull()) {
        return null;
      }
      if (node.isString() || node.isNumber()) {
        return node.asString();
      }
      throw fail(path + " must be a string");
    }

    List<String> strings(JsonNode parent, String name, String path) {
      JsonNode node = array(parent, name, path, false);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        if (!item.isString()) {
          throw fail(path + "[" + i + "] must be a string");
        }
        values.add(item.asString());
      }
      return values;
    }

    /** A whole number from 0 to {@code max}, an index into an article's paragraphs. */
    int index(JsonNode node, String path, int max) {
      if (!node.isIntegralNumber() || node.asLong() < 0 || node.asLong() > max) {
        throw fail(path + " must be a whole number from 0 to " + max + " (a place among the"
            + " article's paragraphs), not " + TextCleaner.quote(node.toString()));
      }
      return node.asInt();
    }

    LocalDate date(JsonNode parent, String name, String path, boolean required) {
      JsonNode node = parent.path(name);
      if (node.isMissingNode() || node.isNull()) {
        if (required) {
          throw fail("missing field '" + path + "'");
        }
        return null;
      }
      return dateValue(node, path);
    }

    LocalDate dateValue(JsonNode node, String path) {
      String text = node.isString() ? node.asString() : node.toString();
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw fail(path + " is not a date (YYYY-MM-DD): \"" + TextCleaner.quote(text) + "\"");
      }
    }

    FeedException fail(String problem) {
      return new FeedException(where + ": " + problem);
    }
  }
}
