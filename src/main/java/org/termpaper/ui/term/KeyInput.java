package org.termpaper.ui.term;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.termpaper.ui.nav.Keys;

/**
 * Turns the bytes a terminal sends for keys into key names ({@link Keys}), with Lanterna's
 * decoder of escape sequences. A lone Esc is told from the start of a sequence by a short wait.
 * Not thread-safe: one thread reads.
 */
public final class KeyInput {
  /** What {@link #next} returns when the input has ended. */
  public static final String END = "";

  private final InputDecoder decoder;

  public KeyInput(InputStream in) {
    decoder = new InputDecoder(new InputStreamReader(new ReturnAsNewline(in),
        StandardCharsets.UTF_8));
    decoder.addProfile(new DefaultKeyDecodingProfile());
  }

  /**
   * The next key's name; {@link #END} at the end of input; null for a key termpaper has no name
   * for (a function key, a mouse report). Blocks until a key comes.
   */
  public String next() throws IOException {
    KeyStroke stroke = decoder.getNextCharacter(true);
    return stroke == null ? END : name(stroke);
  }

  /**
   * A terminal in raw mode sends CR for Enter; Lanterna's decoder holds a CR back as the start of
   * a longer pattern and drops it with the key after it, so CR is passed on as LF.
   */
  private static final class ReturnAsNewline extends FilterInputStream {
    ReturnAsNewline(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      return b == '\r' ? '\n' : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = offset; i < offset + Math.max(n, 0); i++) {
        if (buffer[i] == '\r') {
          buffer[i] = '\n';
        }
      }
      return n;
    }
  }

  /** The name of a decoded key stroke, or null; {@link #END} for the end of input. */
  static String name(KeyStroke stroke) {
    switch (stroke.getKeyType()) {
      case Character:
        return character(stroke);
      case Escape: return Keys.ESC;
      case Backspace: return Keys.BACKSPACE;
      case ArrowLeft: return Keys.LEFT;
      case ArrowRight: return Keys.RIGHT;
      case ArrowUp: return Keys.UP;
      case ArrowDown: return Keys.DOWN;
      case Delete: return Keys.DELETE;
      case Home: return Keys.HOME;
      case End: return Keys.END;
      case PageUp: return Keys.PAGE_UP;
      case PageDown: return Keys.PAGE_DOWN;
      case Tab: return Keys.TAB;
      case ReverseTab: return Keys.BACK_TAB;
      case Enter: return Keys.ENTER;
      case EOF: return END;
      default: return null;
    }
  }

  private static String character(KeyStroke stroke) {
    char ch = stroke.getCharacter();
    if (stroke.isCtrlDown() && ch >= 'a' && ch <= 'z') {
      return Keys.ctrl(ch);
    }
    if (ch == ' ') {
      return Keys.SPACE;
    }
    if (ch == 0x7f || ch == 0x08) {
      return Keys.BACKSPACE;
    }
    if (ch == '\r' || ch == '\n') {
      return Keys.ENTER;
    }
    String key = String.valueOf(ch);
    return Keys.isValid(key) ? key : null;
  }
}
