package org.termpaper.picture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small known pictures and the readable form of terminal bytes, for the picture tests. */
final class TestPictures {
  private TestPictures() {}

  /** A 4x4 of known colours: primaries, secondaries, black, white and grey. */
  static Pixels fourByFour() {
    return new Pixels(4, 4, new int[] {
        0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF,
        0xFF0000, 0x00FF00, 0x0000FF, 0x000000,
        0xFFFF00, 0x00FFFF, 0xFF00FF, 0x808080,
        0x000000, 0xFFFFFF, 0x808080, 0x808080});
  }

  /** Terminal bytes as text: ESC as {@code \e}, BEL as {@code \a}, UTF-8 otherwise. */
  static String readable(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).replace("\u001b", "\\e")
        .replace("\u0007", "\\a");
  }

  static String golden(String name) {
    try (InputStream in = TestPictures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = TestPictures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
