package org.termpaper.source.founder;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.termpaper.source.founder.PageView.PageLink;
import org.termpaper.text.EditionCleaner;

/**
 * A page list that gives each page's number and name as two links to the page instead of one
 * label ({@code [01]:头版} where another site writes {@code 第01版：头版}), as the PaperIndex
 * system does. A link whose whole text is a page number ({@code 01}, {@code A3}) names the
 * number; another link to the same page whose text is neither a number nor navigation
 * ({@code 下一版}) names the page. A number counts only where the page's file name carries the
 * same number ({@code Page03a.htm}), so that the arrows of a page turner (a symbol font's
 * {@code 3} and {@code 4}) are not taken for page numbers. Pages come in the order of their
 * numbers' links. Stateless.
 */
final class NumberedPageList {
  private static final Pattern NUMBER = Pattern.compile("[A-Za-z]?\\d{1,3}[A-Za-z]?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private NumberedPageList() {}

  /**
   * The pages named by {@code links}, at most {@code limit}; empty when no link gives a number.
   *
   * @param page the page a link leads to, or empty when it is no page of the issue
   */
  static List<PageLink> read(List<Element> links, Function<Element, Optional<URI>> page,
      int limit) {
    Map<URI, String> numbers = new LinkedHashMap<>();
    Map<URI, String> names = new LinkedHashMap<>();
    for (Element a : links) {
      Optional<URI> target = page.apply(a);
      if (target.isEmpty()) {
        continue;
      }
      String text = Noise.strip(HtmlText.fold(HtmlText.line(a)));
      if (text == null || text.isBlank()) {
        continue;
      }
      String cleaned = text.replaceAll("^[\\[［(（]|[\\]］)）]$", "").strip();
      if (NUMBER.matcher(cleaned).matches()) {
        if (sameNumber(cleaned, target.get()) && numbers.size() < limit) {
          numbers.putIfAbsent(target.get(), cleaned);
        }
      } else if (!Noise.isNavigation(text) && !PageParser.LABEL.matcher(text).matches()) {
        names.putIfAbsent(target.get(), text);
      }
    }
    List<PageLink> pages = new ArrayList<>();
    for (Map.Entry<URI, String> e : numbers.entrySet()) {
      String name = EditionCleaner.pageName(names.get(e.getKey()));
      pages.add(new PageLink(e.getValue(), name == null || name.isEmpty() ? null : name,
          e.getKey()));
    }
    return pages;
  }

  /** True when the file name of {@code url} holds the number of {@code label}. */
  private static boolean sameNumber(String label, URI url) {
    Matcher inLabel = DIGITS.matcher(label);
    String path = url.getPath() == null ? "" : url.getPath();
    Matcher inFile = DIGITS.matcher(path.substring(path.lastIndexOf('/') + 1));
    return inLabel.find() && inFile.find()
        && inLabel.group().replaceFirst("^0+", "").equals(inFile.group().replaceFirst("^0+", ""));
  }
}
