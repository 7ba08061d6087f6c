package org.termpaper.ui.term;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.termpaper.ui.key.Keys;

/**
 * Turns the bytes a terminal sends for keys into key names ({@link Keys}): UTF-8 characters,
 * control keys, and the CSI and SS3 sequences of arrows, Home, End, PgUp, PgDn and Shift-Tab.
 * An Esc not followed within {@value #ESC_WAIT_MS} ms by {@code [} or {@code O} is the Esc key;
 * a key right behind it is a key of its own. Within a sequence or a UTF-8 character each byte
 * must follow within the same wait: a sequence cut short (a lone {@code Esc [}) gives back what
 * was read as keys of their own, and a byte that cannot start or continue a UTF-8 character is
 * dropped, so neither waits for, nor eats, the key after it. Not thread-safe: one thread calls
 * {@link #next}; any thread may call {@link #close}.
 *
 * <p>A thread of its own (the pump) reads the input, at most {@value #CHUNKS} reads ahead of the
 * keys taken. It ends at the end of the input, when the input fails (the next key then throws
 * that failure), and when {@link #close} closes the input: a station runs many readers in one
 * process, and none may leave a thread behind.
 *
 * <p>Lanterna 3.1.3's decoder was tried first and dropped: it holds a CR back and loses it with
 * the key after it, and after Esc and {@code ?} it waits for more input.
 */
public final class KeyInput implements AutoCloseable {
  /** What {@link #next} returns when the input has ended. */
  public static final String END = "";
  static final int ESC_WAIT_MS = 50;
  private static final int EOF = -1;
  /** What {@link #poll} returns when no byte came in time. */
  private static final int NONE = -2;
  /** How many reads the pump may be ahead of the keys taken; a paste waits in the terminal. */
  static final int CHUNKS = 64;
  private static final long PUMP_END_WAIT_MS = 1_000;

  /**
   * What each read of the input gave, whole: the bytes of one key that arrive together are never
   * split by a pause of the reading thread. An empty chunk is the end of the input.
   */
  private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS);
  /** Bytes of a chunk not used yet, and bytes given back, to be read before the queue. */
  private final Deque<Integer> pending = new ArrayDeque<>();
  private final InputStream in;
  private final Thread pump;
  /** Why the input failed, set by the pump before it queues the end; null when it just ended. */
  private volatile IOException failure;
  private volatile boolean closed;
  private boolean ended;

  /** Starts reading {@code in}, which {@link #close} closes. */
  public KeyInput(InputStream in) {
    this.in = in;
    this.pump = new Thread(this::pump, "termpaper-input");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * The next key's name; {@link #END} at the end of input; null for a key termpaper has no name
   * for (a function key, a mouse report) and for a byte that is not UTF-8. Blocks until a key
   * comes.
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
      int last = poll();
      return isFinal(last) ? ss3(last) : giveBack("O", last);
    }
    return giveBack("", b);
  }

  /** The rest of a CSI sequence: parameter and intermediate bytes, then a final byte. */
  private String csi() throws IOException {
    StringBuilder params = new StringBuilder();
    int b = poll();
    while (b >= 0x20 && b <= 0x3f) {
      params.append((char) b);
      b = poll();
    }
    if (!isFinal(b)) {
      return giveBack("[" + params, b);
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

  private static boolean isFinal(int b) {
    return b >= 0x40 && b <= 0x7e;
  }

  /**
   * An Esc that began no sequence after all: {@code read} (the ASCII bytes after it) and
   * {@code next} (unless none came) are read again as keys of their own.
   */
  private String giveBack(String read, int next) {
    if (next != NONE) {
      pending.addFirst(next);
    }
    for (int i = read.length() - 1; i >= 0; i--) {
      pending.addFirst((int) read.charAt(i));
    }
    return Keys.ESC;
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

  /** A character from its lead byte on; null, its bytes dropped, where it is not UTF-8. */
  private String utf8(int lead) throws IOException {
    int length = lead >= 0xf8 ? 0 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (length == 0) {
      return null;
    }
    byte[] sequence = new byte[length];
    sequence[0] = (byte) lead;
    for (int i = 1; i < length; i++) {
      int b = poll();
      if (b < 0x80 || b > 0xbf) {
        if (b != NONE) {
          pending.addFirst(b);
        }
        return null;
      }
      sequence[i] = (byte) b;
    }
    String key = new String(sequence, StandardCharsets.UTF_8);
    return Keys.isValid(key) ? key : null;
  }

  private int take() throws IOException {
    if (!pending.isEmpty()) {
      return pending.removeFirst();
    }
    if (ended || closed) {
      return end();
    }
    try {
      return unpack(chunks.take());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading keys", e);
    }
  }

  /** The next byte if one comes within the Esc wait, else {@link #NONE}. */
  private int poll() throws IOException {
    if (!pending.isEmpty()) {
      return pending.removeFirst();
    }
    if (ended || closed) {
      return end();
    }
    try {
      byte[] chunk = chunks.poll(ESC_WAIT_MS, TimeUnit.MILLISECONDS);
      return chunk == null ? NONE : unpack(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading keys", e);
    }
  }

  /** The first byte of {@code chunk}, the rest kept in order; {@link #EOF} for the end. */
  private int unpack(byte[] chunk) throws IOException {
    if (chunk.length == 0) {
      ended = true; // the end stays the end for every later read
      return end();
    }
    for (int i = chunk.length - 1; i >= 1; i--) {
      pending.addFirst(chunk[i] & 0xff);
    }
    return chunk[0] & 0xff;
  }

  /** The end of the input: {@link #EOF}, or the failure that ended it unless it was closed. */
  private int end() throws IOException {
    IOException failed = failure;
    if (failed != null && !closed) {
      throw failed;
    }
    return EOF;
  }

  private void pump() {
    byte[] buffer = new byte[256];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        if (n > 0) {
          chunks.put(Arrays.copyOf(buffer, n));
        }
      }
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      return; // closed while the keys were not being taken
    }
    try {
      chunks.put(new byte[0]);
    } catch (InterruptedException e) {
      // closed: nobody waits for the end
    }
  }

  /**
   * Closes the input and ends the pump: the input is closed (which ends a blocked read of a
   * socket or a channel) and the pump interrupted (which ends one of a pipe), then awaited for
   * up to a second. The keys taken after it end with {@link #END}. Safe to call more than once.
   */
  public void close() {
    closed = true;
    try {
      in.close();
    } catch (IOException e) {
      // closed as far as it can be; the interrupt below still ends the pump
    }
    pump.interrupt();
    try {
      pump.join(PUMP_END_WAIT_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The pump thread; for the tests of {@link #close} and of the bound on reads ahead. */
  Thread pumpThread() {
    return pump;
  }
}
