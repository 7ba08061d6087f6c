package org.termpaper.source.founder;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.termpaper.config.ConfigException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a profile's tree (TOML read by Jackson, bases already merged in) into a
 * {@link SiteProfile}, checking every pattern and selector so that a typo in the config file is
 * reported at once with the profile and key it is in. Stateless.
 */
final class ProfileReader {
  private final String name;
  private final String where;

  private ProfileReader(String name, String where) {
    this.name = name;
    this.where = where;
  }

  static SiteProfile read(String name, JsonNode tree, String where) {
    return new ProfileReader(name, where).profile(tree);
  }

  private SiteProfile profile(JsonNode tree) {
    try {
      JsonNode urls = tree.path("urls");
      UrlLayout layout = new UrlLayout(
          UrlLayout.compile(required(urls, "page", "urls.page"), "urls.page"),
          UrlLayout.compile(required(urls, "article", "urls.article"), "urls.article"),
          text(urls, "front-page"), text(urls, "period"), list(urls, "index", false));
      JsonNode paper = tree.path("paper");
      JsonNode page = tree.path("page");
      JsonNode article = tree.path("article");
      return new SiteProfile(name, text(tree, "description"), list(tree, "hosts", false),
          integer(tree, "connections", 4), integer(tree, "calendar-months", 12),
          integer(tree, "calendar-link-steps", 10), layout, text(paper, "name"),
          list(paper, "name-from", true),
          new SiteProfile.PageSelectors(list(page, "page-links", true),
              list(page, "headlines", true), list(page, "image-map", true),
              list(page, "pdf", true), list(page, "label", true),
              list(page, "previous-issue", false), list(page, "next-issue", false)),
          new SiteProfile.ArticleSelectors(list(article, "pre-title", true),
              list(article, "title", true), list(article, "subtitle", true),
              list(article, "author", true), selector(article, "around-title"),
              list(article, "body", true), list(article, "figure-scope", true),
              selector(article, "figure-exclude")));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + ": profile " + name + ": " + e.getMessage());
    }
  }

  private String required(JsonNode node, String field, String key) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " is required");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return value.asString();
  }

  private static int integer(JsonNode node, String field, int fallback) {
    JsonNode value = node.path(field);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(field + " must be a whole number, not " + value);
    }
    return value.intValue();
  }

  /** A string or a list of strings; selectors are checked when {@code selectors} is set. */
  private static List<String> list(JsonNode node, String field, boolean selectors) {
    JsonNode value = node.path(field);
    List<String> values = new ArrayList<>();
    if (value.isMissingNode() || value.isNull()) {
      return values;
    }
    if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isString()) {
          throw new IllegalArgumentException(field + " must hold strings");
        }
        values.add(item.asString());
      }
    } else if (value.isString()) {
      values.add(value.asString());
    } else {
      throw new IllegalArgumentException(field + " must be a string or a list of strings");
    }
    if (selectors) {
      values.forEach(s -> check(field, s));
    }
    return values;
  }

  private static String selector(JsonNode node, String field) {
    String value = text(node, field);
    if (value != null && !value.isBlank()) {
      check(field, value);
    }
    return value;
  }

  private static void check(String field, String selector) {
    try {
      QueryParser.parse(selector);
    } catch (Selector.SelectorParseException e) {
      throw new IllegalArgumentException(field + ": not a CSS selector: '" + selector + "'");
    }
  }
}
