package org.termpaper.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.termpaper.cli.Main;
import org.termpaper.cli.TerminalInfo;
import org.termpaper.source.founder.SiteServer;

/**
 * How long {@code termpaper dump} takes to read a Founder edition of 4 pages and 16 articles
 * from a local server that waits 100 ms before each response: with the default of 4 requests
 * at a time, and one at a time (the profile's {@code connections = 1}). Prints the requests
 * made, the bytes read and the median wall time of several runs of each. Run by
 * {@code bench/founder-fetch}; not a test.
 */
public final class FounderFetchBench {
  private static final int PAGES = 4;
  private static final int ARTICLES_PER_PAGE = 4;
  private static final String DAY = "html/2022-07/14/";

  private FounderFetchBench() {}

  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long latency = args.length > 1 ? Long.parseLong(args[1]) : 100;
    Path site = Files.createTempDirectory("termpaper-bench-site");
    writeSite(site);
    try (SiteServer server = SiteServer.serve(site)) {
      server.delay(latency);
      String url = server.url("/" + DAY + "node_2.htm").toString();
      System.out.printf("site: %d pages, %d articles, %d ms before each response, %d runs%n",
          PAGES, PAGES * ARTICLES_PER_PAGE, latency, runs);
      measure("concurrent (4 at a time)", server, url, "", runs);
      measure("sequential (1 at a time)", server, url,
          "[profiles.founder-classic]\nconnections = 1\n", runs);
    }
  }

  private static void measure(String label, SiteServer server, String url, String config,
      int runs) throws IOException {
    List<Long> millis = new ArrayList<>();
    int requests = 0;
    long bytes = 0;
    for (int i = 0; i < runs; i++) {
      Path data = Files.createTempDirectory("termpaper-bench-data");
      Files.writeString(data.resolve("config.toml"), config);
      int requestsBefore = server.requests();
      long bytesBefore = server.bytesServed();
      long start = System.nanoTime();
      int code = new Main(new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err),
          Map.of("HOME", data.toString()), TerminalInfo.PIPE)
          .run("--data-dir", data.toString(), "dump", "--source", url, "--date", "2022-07-14",
              "--format", "json");
      millis.add((System.nanoTime() - start) / 1_000_000);
      if (code != 0) {
        throw new IllegalStateException("dump failed with exit code " + code);
      }
      requests = server.requests() - requestsBefore;
      bytes = server.bytesServed() - bytesBefore;
    }
    Collections.sort(millis);
    System.out.printf("%-26s requests %3d  bytes %7d  median %5d ms  (runs: %s)%n", label,
        requests, bytes, millis.get(millis.size() / 2), millis);
  }

  private static void writeSite(Path root) throws IOException {
    Path day = root.resolve(DAY);
    Files.createDirectories(day);
    StringBuilder period = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<periodlist>\n");
    for (String d : List.of("13", "14", "15")) {
      period.append("<period><period_date>2022-07-").append(d)
          .append("</period_date><front_page>node_2.htm</front_page></period>\n");
    }
    Files.writeString(root.resolve("html/2022-07/period.xml"), period + "</periodlist>\n");
    StringBuilder pageList = new StringBuilder();
    for (int p = 1; p <= PAGES; p++) {
      pageList.append("<a id=pageLink href=node_").append(p + 1).append(".htm>第0").append(p)
          .append("版：测试").append(p).append("</a>\n");
    }
    int id = 1000;
    for (int p = 1; p <= PAGES; p++) {
      StringBuilder headlines = new StringBuilder();
      for (int a = 0; a < ARTICLES_PER_PAGE; a++) {
        id++;
        headlines.append("<li><a href=content_").append(id).append(".htm?div=-1>第").append(p)
            .append("版第").append(a + 1).append("篇</a></li>\n");
        Files.writeString(day.resolve("content_" + id + ".htm"), article(id),
            StandardCharsets.UTF_8);
      }
      Files.writeString(day.resolve("node_" + (p + 1) + ".htm"), "<html><head><meta charset=utf-8>"
          + "<title>基准晨报</title></head><body>" + pageList + "<ul>" + headlines
          + "</ul></body></html>\n", StandardCharsets.UTF_8);
    }
  }

  private static String article(int id) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      body.append("<p>　　这是基准测试用的第").append(id).append("号稿件的第").append(i + 1)
          .append("段，内容由程序生成，只为让页面有个寻常的大小。</p>\n");
    }
    return "<html><head><meta charset=utf-8><title>基准晨报</title></head><body>"
        + "<table><tr><td class=font01>稿件" + id + "</td></tr></table>"
        + "<div id=ozoom><founder-content>" + body + "</founder-content></div></body></html>\n";
  }
}
