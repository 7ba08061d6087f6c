package org.termpaper.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;

/**
 * The stored form of an edition's article bodies: every article's blocks (paragraphs, subheads
 * and figures where they stand) in edition order, in one raw-deflate stream, so that deflate reuses words across articles.
 * Strings are UTF-8, whose bytes no JVM setting changes. Measured on 32 real articles, that
 * deflates to 36.6 KB where GB18030 (two bytes a Chinese character, not three) took 29.9 KB; a
 * generated issue in the archive, its index included, grows 5%. Stateless and thread-safe.
 *
 * <p>Layout before deflating: a format byte, the article count, then per article the block
 * count and each block: a kind byte (0 paragraph, 1 subhead, 2 figure), then the paragraph's or
 * subhead's text, or the figure's src and caption. Counts are ints; a string is its byte length
 * (-1 for null) and its bytes.
 *
 * <p>Format 3 is that. Formats 1 and 2, written before, stored per article the paragraph count,
 * each paragraph, the figure count, each figure's src and caption, and are read with the
 * figures before the paragraphs. Format 2 is UTF-8. Format 1 is GB18030, whose JDK mapping changed: a JVM
 * with GB18030-2022 (JDK 21, some updates of 17) reads 18 characters written under GB18030-2000
 * ({@code -Djdk.charset.GB18030=2000}), such as the vertical forms U+FE10 to U+FE19, as
 * private-use characters, and the other way round. Format 1 is read with the JVM's mapping, and
 * those private-use characters, which no paper prints, are turned back into what was written.
 */
final class BodyCodec {
  private static final int FORMAT = 3;
  private static final int FORMAT_SPLIT = 2;
  private static final int FORMAT_GB18030 = 1;
  private static final int PARAGRAPH = 0;
  private static final int SUBHEAD = 1;
  private static final int FIGURE = 2;
  private static final Charset GB18030 = Charset.forName("GB18030");
  /**
   * The private-use characters one GB18030 mapping reads where the other wrote the standard
   * character at the same index of {@link #STANDARD}.
   */
  private static final String PRIVATE_USE = "\uE78D\uE78E\uE78F\uE790\uE791\uE792\uE793"
      + "\uE794\uE795\uE796\uE81E\uE826\uE82B\uE82C\uE832\uE843\uE854\uE864";
  private static final String STANDARD = "\uFE10\uFE12\uFE11\uFE13\uFE14\uFE15\uFE16"
      + "\uFE17\uFE18\uFE19\u9FB4\u9FB5\u9FB6\u9FB7\u9FB8\u9FB9\u9FBA\u9FBB";

  /**
   * An article's body as stored and read back.
   *
   * @param blocks the body's blocks in order
   */
  record Body(List<Block> blocks) {
    Body {
      blocks = List.copyOf(blocks);
    }

    /** A body from paragraphs and figures apart: the figures first. */
    Body(List<String> paragraphs, List<Figure> figures) {
      this(concat(figures, paragraphs.stream().filter(p -> p != null && !p.isBlank())
          .map(p -> (Block) new Block.Paragraph(p)).toList()));
    }

    /** The text of the paragraphs and subheads in order. */
    List<String> paragraphs() {
      List<String> texts = new ArrayList<>();
      for (Block block : blocks) {
        if (block instanceof Block.Paragraph p) {
          texts.add(p.text());
        } else if (block instanceof Block.Subhead h) {
          texts.add(h.text());
        }
      }
      return texts;
    }

    /** The figures in order. */
    List<Figure> figures() {
      return blocks.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
    }

    /** Paragraphs, subheads and captions, one a line: the text a search looks in. */
    String searchText() {
      StringBuilder text = new StringBuilder();
      paragraphs().forEach(p -> text.append(p).append('\n'));
      figures().stream().filter(f -> f.caption() != null)
          .forEach(f -> text.append(f.caption()).append('\n'));
      return text.toString();
    }

    private static List<Block> concat(List<? extends Block> first, List<? extends Block> then) {
      List<Block> all = new ArrayList<>(first);
      all.addAll(then);
      return all;
    }
  }

  private BodyCodec() {}

  static byte[] encode(List<Body> bodies) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater))) {
      out.writeByte(FORMAT);
      out.writeInt(bodies.size());
      for (Body body : bodies) {
        out.writeInt(body.blocks().size());
        for (Block block : body.blocks()) {
          if (block instanceof Block.Paragraph p) {
            out.writeByte(PARAGRAPH);
            writeString(out, p.text());
          } else if (block instanceof Block.Subhead h) {
            out.writeByte(SUBHEAD);
            writeString(out, h.text());
          } else if (block instanceof Figure figure) {
            out.writeByte(FIGURE);
            writeString(out, figure.src());
            writeString(out, figure.caption());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }

  /** Reads stored bodies; a damaged blob is an {@link IOException}. */
  static List<Body> decode(byte[] stored) throws IOException {
    Inflater inflater = new Inflater(true);
    try (DataInputStream in = new DataInputStream(
        new InflaterInputStream(new ByteArrayInputStream(stored), inflater))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT && format != FORMAT_SPLIT && format != FORMAT_GB18030) {
        throw new IOException("unknown body format " + format);
      }
      Charset charset = format == FORMAT_GB18030 ? GB18030 : StandardCharsets.UTF_8;
      int articles = count(in);
      List<Body> bodies = new ArrayList<>(articles);
      for (int a = 0; a < articles; a++) {
        bodies.add(format == FORMAT ? blocks(in) : split(in, charset));
      }
      return bodies;
    } catch (IllegalArgumentException e) {
      throw new IOException("damaged body: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  private static Body blocks(DataInputStream in) throws IOException {
    int count = count(in);
    List<Block> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int kind = in.readUnsignedByte();
      Charset utf8 = StandardCharsets.UTF_8;
      blocks.add(switch (kind) {
        case PARAGRAPH -> new Block.Paragraph(readString(in, utf8));
        case SUBHEAD -> new Block.Subhead(readString(in, utf8));
        case FIGURE -> new Figure(readString(in, utf8), readString(in, utf8));
        default -> throw new IOException("damaged body: block kind " + kind);
      });
    }
    return new Body(blocks);
  }

  private static Body split(DataInputStream in, Charset charset) throws IOException {
    int count = count(in);
    List<String> paragraphs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      paragraphs.add(readString(in, charset));
    }
    int figureCount = count(in);
    List<Figure> figures = new ArrayList<>(figureCount);
    for (int i = 0; i < figureCount; i++) {
      figures.add(new Figure(readString(in, charset), readString(in, charset)));
    }
    return new Body(paragraphs, figures);
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(encoded.length);
    out.write(encoded);
  }

  private static String readString(DataInputStream in, Charset charset)
      throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > 64 * 1024 * 1024) {
      throw new IOException("damaged body: string length " + length);
    }
    byte[] encoded = in.readNBytes(length);
    if (encoded.length != length) {
      throw new IOException("damaged body: cut short");
    }
    String text = new String(encoded, charset);
    return charset == GB18030 ? unswapGb18030(text) : text;
  }

  /**
   * {@code text} with the private-use characters that GB18030-2000 and GB18030-2022 swap with a
   * standard one turned into that standard one, whichever mapping wrote and read it.
   */
  static String unswapGb18030(String text) {
    if (text.chars().noneMatch(c -> c >= PRIVATE_USE.charAt(0) && c <= PRIVATE_USE.charAt(17))) {
      return text;
    }
    StringBuilder repaired = new StringBuilder(text.length());
    text.chars().forEach(c -> {
      int swapped = PRIVATE_USE.indexOf(c);
      repaired.append(swapped < 0 ? (char) c : STANDARD.charAt(swapped));
    });
    return repaired.toString();
  }

  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 1_000_000) {
      throw new IOException("damaged body: count " + count);
    }
    return count;
  }
}
