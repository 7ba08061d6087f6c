package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;

class BodyCodecTest {
  /** Vertical comma and ideographs GB18030-2000 and -2022 map to different bytes. */
  private static final String SWAPPED = "\uFE10\uFE11\uFE12\uFE19\u9FB4\u9FBB";

  @Test
  void bodiesReadBackAsWritten() throws IOException {
    List<BodyCodec.Body> bodies = List.of(
        new BodyCodec.Body(List.of("落实比倡议更重要。", "第二段" + SWAPPED + "😀"),
            List.of(new Figure("http://paper.example/p.jpg", null), new Figure(null, "图片"))),
        new BodyCodec.Body(List.of(), List.of()));

    assertThat(BodyCodec.decode(BodyCodec.encode(bodies))).isEqualTo(bodies);
  }

  @Test
  void stringsAreStoredAsUtf8WhoseBytesNoJvmSettingChanges() throws IOException {
    byte[] stored = BodyCodec.encode(List.of(new BodyCodec.Body(List.of(SWAPPED), List.of())));

    byte[] raw = inflate(stored);

    assertThat(raw[0]).isEqualTo((byte) 3);
    assertThat(new String(raw, StandardCharsets.ISO_8859_1))
        .contains(new String(SWAPPED.getBytes(StandardCharsets.UTF_8),
            StandardCharsets.ISO_8859_1));
  }

  @Test
  void theOldGb18030FormatReadsTheSameUnderEitherMapping() throws IOException {
    // U+FE10 as GB18030-2022 writes it (A6 D9) and as GB18030-2000 writes it (84 31 82 36);
    // a JVM with the other mapping reads either as the private-use U+E78D.
    byte[] both = {(byte) 0xA6, (byte) 0xD9, (byte) 0x84, 0x31, (byte) 0x82, 0x36};
    byte[] caption = "说明".getBytes("GB18030");

    List<BodyCodec.Body> bodies = BodyCodec.decode(formatOne(both, caption));

    assertThat(bodies).singleElement().satisfies(b -> {
      assertThat(b.paragraphs()).containsExactly("\uFE10\uFE10");
      assertThat(b.figures()).containsExactly(new Figure(null, "说明"));
    });
  }

  @Test
  void subheadsAndFiguresInPlaceReadBackAsWritten() throws IOException {
    List<Block> blocks = List.of(new Block.Paragraph("第一段。"), new Figure("p.jpg", "说明"),
        new Block.Subhead("小标题"), new Block.Paragraph("第二段。"), new Figure(null, "末图"));

    assertThat(BodyCodec.decode(BodyCodec.encode(List.of(new BodyCodec.Body(blocks)))))
        .singleElement().extracting(BodyCodec.Body::blocks).isEqualTo(blocks);
  }

  @Test
  void theUtf8FormatOfParagraphsAndFiguresApartReadsWithTheFiguresFirst() throws IOException {
    byte[] paragraph = "正文。".getBytes(StandardCharsets.UTF_8);
    byte[] caption = "说明".getBytes(StandardCharsets.UTF_8);
    byte[] stored = formatOne(paragraph, caption);
    byte[] raw = inflate(stored);
    raw[0] = 2;

    assertThat(BodyCodec.decode(deflate(raw))).singleElement()
        .extracting(BodyCodec.Body::blocks).isEqualTo(List.of(new Figure(null, "说明"), new Block.Paragraph("正文。")));
  }

  @Test
  void anUnknownBlockKindIsReportedAsDamage() {
    byte[] stored = deflate(new byte[] {3, 0, 0, 0, 1, 0, 0, 0, 1, 7});

    assertThatThrownBy(() -> BodyCodec.decode(stored)).isInstanceOf(IOException.class)
        .hasMessageContaining("block kind 7");
  }

  @Test
  void anUnknownFormatIsReportedAsDamage() {
    byte[] stored = deflate(new byte[] {9, 0, 0, 0, 0});

    assertThatThrownBy(() -> BodyCodec.decode(stored)).isInstanceOf(IOException.class)
        .hasMessageContaining("unknown body format 9");
  }

  /** One article of one paragraph and one figure without src, as format 1 stored it. */
  private static byte[] formatOne(byte[] paragraph, byte[] caption) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(raw)) {
      out.writeByte(1);
      out.writeInt(1);
      out.writeInt(1);
      out.writeInt(paragraph.length);
      out.write(paragraph);
      out.writeInt(1);
      out.writeInt(-1);
      out.writeInt(caption.length);
      out.write(caption);
    }
    return deflate(raw.toByteArray());
  }

  private static byte[] deflate(byte[] raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      out.write(raw);
    } catch (IOException e) {
      throw new AssertionError(e);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  private static byte[] inflate(byte[] stored) throws IOException {
    Inflater inflater = new Inflater(true);
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(stored),
        inflater)) {
      return in.readAllBytes();
    } finally {
      inflater.end();
    }
  }
}
