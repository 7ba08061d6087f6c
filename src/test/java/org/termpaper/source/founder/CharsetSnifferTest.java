package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
  private static final Charset GBK = Charset.forName("GBK");
  private static final String TEXT = "李镕在老街住了六十年，𠮷田也来了。";

  private static byte[] html(String meta, String body, Charset charset) {
    return ("<html><head>" + meta + "</head><body><p>" + body + "</p></body></html>")
        .getBytes(charset);
  }

  @Test
  void theHttpHeaderComesFirst() {
    byte[] bytes = html("<meta charset=utf-8>", "老街", GBK);
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, "text/html; charset=GBK", "p");
    assertThat(decoded.charset()).isEqualTo(CharsetSniffer.GB18030);
    assertThat(decoded.text()).contains("老街");
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void aByteOrderMarkIsReadAndDropped() {
    byte[] body = html("", "码头\r\n夜市", StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, null, "p");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.text()).startsWith("<html>").contains("码头\r\n夜市");
  }

  @Test
  void gb2312DeclaredPagesReadGbkOnlyAndFourByteCharactersAsGb18030() {
    byte[] bytes = html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
        TEXT, CharsetSniffer.GB18030);
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, "text/html", "p");
    assertThat(decoded.text()).contains(TEXT);
    assertThat(decoded.warnings()).isEmpty();
  }

  @Test
  void anUndeclaredPageThatIsNotUtf8IsReadAsGb18030() {
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(html("", "夏夜听蝉", GBK), null, "p");
    assertThat(decoded.charset()).isEqualTo(CharsetSniffer.GB18030);
    assertThat(decoded.text()).contains("夏夜听蝉");
  }

  @Test
  void anXmlDeclarationNamesTheCharset() {
    byte[] bytes = "<?xml version=\"1.0\" encoding=\"gb2312\"?><a>六月</a>".getBytes(GBK);
    assertThat(CharsetSniffer.decode(bytes, null, "x").text()).contains("六月");
  }

  @Test
  void utf8BytesDeclaredAsGbkAreReadAsUtf8WithAWarning() {
    byte[] bytes = html("<meta charset=gbk>", "外婆的蒲扇", StandardCharsets.UTF_8);
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, null, "content_402.htm");
    assertThat(decoded.text()).contains("外婆的蒲扇").doesNotContain("锟");
    assertThat(decoded.warnings()).singleElement().asString()
        .contains("content_402.htm", "declared gbk", "UTF-8");
  }

  @Test
  void gbkBytesDeclaredAsUtf8AreReadAsGb18030WithAWarning() {
    byte[] bytes = html("", "社区食堂", GBK);
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, "text/html;charset=utf-8", "p");
    assertThat(decoded.text()).contains("社区食堂");
    assertThat(decoded.warnings()).singleElement().asString().contains("declared utf-8");
  }

  @Test
  void bytesThatFitNoCharsetAreCountedInAWarning() {
    byte[] bytes = {'<', 'p', '>', (byte) 0xFF, (byte) 0xFF, '<', '/', 'p', '>'};
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(bytes, "text/html; charset=utf-8", "p");
    assertThat(decoded.warnings()).singleElement().asString()
        .contains("could not be decoded", "U+FFFD");
  }

  @Test
  void textDamagedBeforePublicationIsReported() {
    byte[] bytes = html("<meta charset=utf-8>", "标题锟斤拷锟斤拷", StandardCharsets.UTF_8);
    assertThat(CharsetSniffer.decode(bytes, null, "p").warnings()).singleElement().asString()
        .contains("锟斤拷");
  }

  @Test
  void gbFamilyNamesAllMeanGb18030() {
    for (String name : new String[] {"GB2312", "gbk", "x-gbk", "cp936", "GB18030"}) {
      assertThat(CharsetSniffer.forName(name)).as(name).isEqualTo(CharsetSniffer.GB18030);
    }
    assertThat(CharsetSniffer.forName("no-such-charset")).isNull();
  }
}
