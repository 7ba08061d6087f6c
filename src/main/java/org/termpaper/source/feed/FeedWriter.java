package org.termpaper.source.feed;

import java.time.LocalDate;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes editions and calendars as the feeds of DESIGN.md §4, fields in the documented order,
 * absent optional fields as null. {@code unavailable} and {@code warnings} appear only when set.
 * Thread-safe.
 */
public final class FeedWriter {
  private static final JsonMapper JSON = JsonMapper.builder()
      .defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private FeedWriter() {}

  public static String edition(Edition edition) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FeedReader.EDITION_FORMAT);
    root.set("paper", paper(edition.paper()));
    root.put("date", edition.date().toString());
    root.put("url", edition.url());
    root.put("previousIssue", string(edition.previousIssue()));
    root.put("nextIssue", string(edition.nextIssue()));
    ArrayNode pages = root.putArray("pages");
    edition.pages().forEach(page -> pages.add(page(page)));
    if (!edition.warnings().isEmpty()) {
      ArrayNode warnings = root.putArray("warnings");
      edition.warnings().forEach(warnings::add);
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  public static String calendar(IssueCalendar calendar) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FeedReader.CALENDAR_FORMAT);
    root.set("paper", paper(calendar.paper()));
    ArrayNode issues = root.putArray("issues");
    calendar.issues().forEach(date -> issues.add(date.toString()));
    return JSON.writeValueAsString(root) + "\n";
  }

  private static ObjectNode paper(Paper paper) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", paper.id());
    node.put("name", paper.name());
    node.put("home", paper.home());
    return node;
  }

  private static ObjectNode page(Page page) {
    ObjectNode node = JSON.createObjectNode();
    node.put("number", page.number());
    node.put("name", page.name());
    node.put("url", page.url());
    node.put("pdf", page.pdf());
    if (page.isUnavailable()) {
      node.put("unavailable", page.unavailable());
    }
    if (page.image() != null) {
      node.put("image", page.image().url());
      if (page.image().hasSize()) {
        node.putArray("imageSize").add(page.image().width()).add(page.image().height());
      }
    }
    ArrayNode articles = node.putArray("articles");
    page.articles().forEach(article -> {
      ObjectNode written = article(article);
      page.area(article.id()).ifPresent(area -> {
        ArrayNode corners = written.putArray("area");
        area.points().forEach(corners::add);
      });
      articles.add(written);
    });
    return node;
  }

  private static ObjectNode article(Article article) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", article.id());
    node.put("url", article.url());
    node.put("preTitle", article.preTitle());
    node.put("title", article.title());
    node.put("subtitle", article.subtitle());
    node.put("author", article.author());
    if (article.isUnavailable()) {
      node.put("unavailable", article.unavailable());
    }
    FeedBody.write(article, node);
    return node;
  }

  private static String string(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
