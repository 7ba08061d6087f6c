package org.termpaper.testing;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;

/**
 * The HTML of a classic Founder page view and article view: head with scripts and styles,
 * header and navigation, a month calendar, the page list, the page's headlines and image map,
 * the article, and a footer. Our own template after the structure of real sites.
 */
final class PageTemplate {
  private PageTemplate() {}

  static String page(Edition edition, int p) {
    Page page = edition.pages().get(p);
    StringBuilder html = new StringBuilder();
    head(html, edition.paper().name() + "--数字报");
    header(html, edition);
    html.append("<div class=\"tu2-2\">\n<map name=PagePicMap>");
    int i = 0;
    for (Article article : page.articles()) {
      int top = 40 + 180 * i++;
      html.append("<Area coords=\"12,").append(top).append(",480,").append(top).append(",480,")
          .append(top + 170).append(",12,").append(top + 170).append("\" shape=\"polygon\" href=\"")
          .append(article.id()).append(".htm?div=-1\">");
    }
    html.append("</map><img src=../../../images/").append(edition.date()).append("/")
        .append(page.number()).append("/b.jpg border=0 USEMAP=#PagePicMap>\n</div>\n")
        .append("<div class=\"banci\">第").append(page.number()).append("版：<STRONG>")
        .append(page.name()).append("</STRONG></div>\n")
        .append("<div class=\"pdf\"><a href=../../../images/").append(edition.date())
        .append("/").append(page.number()).append("/").append(page.number())
        .append(".pdf><img src=\"../../../image/pdf.gif\" />PDF 版</a></div>\n");
    headlines(html, page);
    pageList(html, edition);
    footer(html);
    return html.toString();
  }

  static String article(Edition edition, int p, Article article) {
    Page page = edition.pages().get(p);
    StringBuilder html = new StringBuilder();
    head(html, edition.paper().name());
    header(html, edition);
    html.append("<table width=\"100%\" class=\"titlebox\">\n<tr><td class=\"font02\">")
        .append(nonNull(article.preTitle())).append("</td></tr>\n<tr><td class=\"font01\">")
        .append(article.title()).append("</td></tr>\n<tr><td class=\"font02\">")
        .append(nonNull(article.subtitle())).append("</td></tr>\n</table>\n");
    if (article.author() != null) {
      html.append("<founder-author>").append(article.author()).append("</founder-author>\n");
    }
    html.append("<div id=\"ozoom\" style=\"font-size:14px\">\n");
    for (Figure figure : article.figures()) {
      String src = figure.src() != null ? figure.src()
          : "../../../images/" + edition.date() + "/" + page.number() + "/" + article.id()
              + ".jpg";
      html.append("<table width=\"100%\"><tr><td align=\"center\"><img src=\"").append(src)
          .append("\" border=\"0\"></td></tr><tr><td class=\"font6\" align=\"center\">")
          .append(nonNull(figure.caption())).append("</td></tr></table>\n");
    }
    html.append("<founder-content>\n");
    for (String paragraph : article.paragraphs()) {
      html.append("<P>\u3000\u3000").append(paragraph).append("</P>\n");
    }
    html.append("</founder-content>\n</div>\n<table><tr><td>朗读</td></tr>\n")
        .append("<tr><td><a href=\"").append(neighbour(page, article, -1))
        .append("\">上一篇</a> <a href=\"").append(neighbour(page, article, 1))
        .append("\">下一篇</a></td></tr>\n<tr><td>发表评论</td></tr></table>\n")
        .append("<table class=\"related\"><tr><td>相关文章:</td></tr><tr><td></td></tr></table>\n")
        .append("<div class=\"side\"><a href=\"node_").append(p + 2).append(".htm\">")
        .append("返回版面</a></div>\n");
    headlines(html, page);
    pageList(html, edition);
    footer(html);
    return html.toString();
  }

  private static String neighbour(Page page, Article article, int step) {
    List<Article> articles = page.articles();
    int at = articles.indexOf(article) + step;
    return at >= 0 && at < articles.size() ? articles.get(at).id() + ".htm" : "#";
  }

  private static void head(StringBuilder html, String title) {
    html.append("""
        <html>
        <head>
        <meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
        <meta content="all" name="robots" />
        <meta name="description" content="" />
        <meta name="keywords" content="" />
        <link href="../../../css/style3.css" type=text/css rel=stylesheet>
        <link href="../../../css/head1.css" rel=stylesheet type=text/css />
        <link href="../../../css/calendar.css" rel=stylesheet type=text/css />
        """).append("<title>").append(title).append("</title>\n").append("""
        <script type="text/javascript" src="../../../js/prototype.js"></script>
        <script type="text/javascript" src="../../../js/range.js"></script>
        <script type="text/javascript" src="../../../js/mp.js"></script>
        <script type="text/javascript" src="../../../js/calendar2.js"></script>
        <script type="text/javascript" src="../../../js/tool.js"></script>
        <SCRIPT id=oMapScript event=onmouseover() for=pagepicmap>
         drawLine(event.srcElement);
        </SCRIPT>
        <SCRIPT id=oMapScript1 event=onmouseout() for=pagepicmap>
         MouseOutMap();
        </SCRIPT>
        <script>
        var _stat = _stat || [];
        (function() {
          var s = document.createElement("script");
          s.src = "../../../js/stat.js?v=20220101";
          var first = document.getElementsByTagName("script")[0];
          first.parentNode.insertBefore(s, first);
        })();
        </script>
        </head>
        <body onLoad="initialize();initMPPage();" id="bodycss">
        <div id="container">
        """);
  }

  private static void header(StringBuilder html, Edition edition) {
    LocalDate date = edition.date();
    html.append("<div id=\"header\"><div id=\"head3\"><div id=\"head3_box1\">")
        .append("<div id=\"head3_index\"><a href=\"../../../paperindex.htm\">")
        .append("<img src=\"../../../image/logo.gif\" /></a></div></div>\n")
        .append("<div id=\"head3_nav\"><ul><li><a href=\"/\" target=\"new\">首页</a></li>")
        .append("<li><a href=\"/news/\" target=\"new\">新闻</a></li><li><a href=\"/pic/\" ")
        .append("target=\"new\">图片</a></li><li><a href=\"/video/\" target=\"new\">视频</a>")
        .append("</li><li><a href=\"/special/\" target=\"new\">专题</a></li></ul></div>\n")
        .append("<div id=\"head3_date\">").append(date.getYear()).append("年")
        .append(String.format("%02d月%02d日 ", date.getMonthValue(), date.getDayOfMonth()))
        .append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA))
        .append("</div></div></div>\n<table width=\"100%\"><tr><td>")
        .append("<a href=\"../../../paperindex.htm\">返回主页</a> | <a href=\"#\">版面导航</a>")
        .append(" | <a href=\"#\">标题导航</a></td></tr>\n<tr><td><a href=\"#\">上一期</a> ")
        .append("<a href=\"#\">下一期</a> <a href=\"#\">日历</a></td></tr></table>\n");
    calendar(html, date);
  }

  private static void calendar(StringBuilder html, LocalDate date) {
    html.append("<div id=\"calendar\"><table class=\"cal\" cellspacing=\"0\"><tr>");
    for (String day : new String[] {"日", "一", "二", "三", "四", "五", "六"}) {
      html.append("<th>").append(day).append("</th>");
    }
    html.append("</tr>\n<tr>");
    LocalDate first = date.withDayOfMonth(1);
    int column = first.getDayOfWeek().getValue() % 7;
    html.append("<td></td>".repeat(column));
    for (int d = 1; d <= date.lengthOfMonth(); d++) {
      html.append(String.format("<td><a href=\"../%02d/node_2.htm\">%d</a></td>", d, d));
      if (++column % 7 == 0) {
        html.append("</tr>\n<tr>");
      }
    }
    html.append("</tr></table></div>\n");
  }

  private static void headlines(StringBuilder html, Page page) {
    html.append("<div class=\"title\"><ul>\n");
    for (Article article : page.articles()) {
      String number = article.id().replace("content_", "");
      html.append("<li><img src=\"../../../image/checkbox.gif\" align=\"absmiddle\" />")
          .append("<a href=").append(article.id()).append(".htm?div=-1>")
          .append("<div style=\"display:inline\" id=mp").append(number).append(">")
          .append(article.title()).append("</div></a>\n");
    }
    html.append("</ul></div>\n");
  }

  private static void pageList(StringBuilder html, Edition edition) {
    html.append("<div class=\"bmname\">\n");
    List<Page> pages = edition.pages();
    for (int i = 0; i < pages.size(); i++) {
      html.append("<div class=\"bmname").append(i % 2 + 1).append("\">&nbsp;<a id=pageLink ")
          .append("href=node_").append(i + 2).append(".htm>第").append(pages.get(i).number())
          .append("版：").append(pages.get(i).name()).append("</a></div>\n");
    }
    html.append("</div>\n");
  }

  private static void footer(StringBuilder html) {
    html.append("""
        <div class="sm">如遇日历牌无法正常显示，请换用其他浏览器。</div>
        <div id="footer"><p>版权所有 测试日报社 未经书面授权不得转载</p>
        <p>地址：测试市港口路88号 邮编：000000 电话：0000-00000000</p>
        <p>备案号：测ICP备00000000号</p></div>
        </div>
        </body>
        </html>
        """);
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
