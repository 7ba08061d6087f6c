package org.termpaper.ui.term;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.termpaper.ui.nav.Keys;

/**
 * Turns the bytes a terminal sends for keys into key names ({@link Keys}): UTF-8 characters,
 * control keys, and the CSI and SS3 sequences of arrows, Home, End, PgUp, PgDn and Shift-Tab.
 * An Esc not followed within {@value #ESC_WAIT_MS} ms by {@code [} or {@code O} is the Esc key;
 * a key right behind it is a key of its own. Not thread-safe: one thread calls {@link #next}.
 *
 * <p>Lanterna 3.1.3's decoder was tried first and dropped: it holds a CR back and loses it with
 * the key after it, and after Esc and {@code ?} it waits for more input.
 */
public final class KeyInput {
  /** What {@link #next} returns when the input has ended. */
  public static final String END = "";
  static final int ESC_WAIT_MS = 50;
  private static final int EOF = -1;

  private final BlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();
  private int pushedBack = -2;

  public KeyInput(InputStream in) {
    Thread pump = new Thread(() -> pump(in), "termpaper-input");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * The next key's name; {@link #END} at the end of input; null for a key termpaper has no name
   * for (a function key, a mouse report). Blocks until a key comes.
   */
  public String next() throws IOException {
    int b = take();
    if (b == EOF) {
      return END;
    }
    if (b == 0x1b) {
      return escape();
    }
    if (b < 0x80) {
      return control(b);
    }
    return utf8(b);
  }

  private String escape() throws IOException {
    int b = poll();
    if (b == '[') {
      return csi();
    }
    if (b == 'O') {
      return ss3(take());
    }
    if (b != -2) {
      pushedBack = b;
    }
    return Keys.ESC;
  }

  private String csi() throws IOException {
    StringBuilder params = new StringBuilder();
    int b = take();
    while (b != EOF && (b < 0x40 || b > 0x7e)) {
      params.append((char) b);
      b = take();
    }
    if (b == '~') {
      String number = params.toString().split(";")[0];
      return switch (number) {
        case "1", "7" -> Keys.HOME;
        case "4", "8" -> Keys.END;
        case "5" -> Keys.PAGE_UP;
        case "6" -> Keys.PAGE_DOWN;
        case "3" -> Keys.DELETE;
        default -> null;
      };
    }
    return b == 'Z' ? Keys.BACK_TAB : ss3(b);
  }

  private static String ss3(int b) {
    return switch (b) {
      case 'A' -> Keys.UP;
      case 'B' -> Keys.DOWN;
      case 'C' -> Keys.RIGHT;
      case 'D' -> Keys.LEFT;
      case 'H' -> Keys.HOME;
      case 'F' -> Keys.END;
      default -> null;
    };
  }

  private static String control(int b) {
    switch (b) {
      case '\r', '\n': return Keys.ENTER;
      case '\t': return Keys.TAB;
      case 0x7f, 0x08: return Keys.BACKSPACE;
      case ' ': return Keys.SPACE;
      default:
        if (b >= 1 && b <= 26) {
          return Keys.ctrl((char) ('a' + b - 1));
        }
        String key = String.valueOf((char) b);
        return Keys.isValid(key) ? key : null;
    }
  }

  private String utf8(int lead) throws IOException {
    int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    byte[] sequence = new byte[length];
    sequence[0] = (byte) lead;
    for (int i = 1; i < length; i++) {
      int b = take();
      if (b == EOF) {
        return END;
      }
      sequence[i] = (byte) b;
    }
    String key = new String(sequence, StandardCharsets.UTF_8);
    return Keys.isValid(key) ? key : null;
  }

  private int take() throws IOException {
    if (pushedBack != -2) {
      int b = pushedBack;
      pushedBack = -2;
      return b;
    }
    try {
      return bytes.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading keys", e);
    }
  }

  /** The next byte if one comes within the Esc wait, else -2. */
  private int poll() throws IOException {
    try {
      Integer b = bytes.poll(ESC_WAIT_MS, TimeUnit.MILLISECONDS);
      return b == null ? -2 : b;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading keys", e);
    }
  }

  private void pump(InputStream in) {
    byte[] buffer = new byte[256];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          bytes.add(buffer[i] & 0xff);
        }
      }
    } catch (IOException e) {
      // the input is gone: same as its end
    }
    bytes.add(EOF);
  }
}
