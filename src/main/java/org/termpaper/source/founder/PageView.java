package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * What one page view (版) of a Founder site says. Immutable.
 *
 * @param url where the page was read from
 * @param date the issue date
 * @param self this page's number and name
 * @param pages every page of the issue as its page list names them, in order; may be empty
 * @param pdf the page's PDF, or null
 * @param headlines this page's articles in reading order, each once; may be empty
 * @param previousIssue the page the 上一期 link leads to, or null
 * @param nextIssue the page the 下一期 link leads to, or null
 * @param paperName the paper's name as the page gives it, or null
 * @param morePages true when the page list named more than {@link PageParser#MAX_PAGES} pages
 * @param warnings what the page held that was left out (links off the site, headlines past
 *     the bound); may be empty
 * @param image the page image (版面图) with its article areas, or null
 */
record PageView(
    URI url, LocalDate date, PageLink self, List<PageLink> pages, String pdf,
    List<Headline> headlines, URI previousIssue, URI nextIssue, String paperName,
    boolean morePages, List<String> warnings, PageImageMap image) {

  PageView {
    pages = List.copyOf(pages);
    headlines = List.copyOf(headlines);
    warnings = List.copyOf(warnings);
  }

  /**
   * A page as a page list names it: {@code 第03版：淄 博} gives number {@code 03} and name
   * {@code 淄博}. Immutable.
   *
   * @param number the page number as printed
   * @param name the name with the padding between ideographs removed, or null
   * @param url the page view's URL
   */
  record PageLink(String number, String name, URI url) {}

  /**
   * A link to an article from a page's headline list or image map. Immutable.
   *
   * @param id the article's id: its file name without extension, such as {@code content_12}
   * @param url the article's URL without query or fragment
   * @param title the headline's text, or null when only an image map links it
   * @param mirrorFile for a {@code file:} page, the file a {@code wget -m} mirror saved the link
   *     under ({@code content_12.htm?div=-1}), or null
   * @param mapped true when the page's image map holds the article
   */
  record Headline(String id, URI url, String title, URI mirrorFile, boolean mapped) {
    Headline withTitle(String value) {
      return new Headline(id, url, value, mirrorFile, mapped);
    }

    Headline asMapped() {
      return new Headline(id, url, title, mirrorFile, true);
    }
  }
}
