package org.termpaper.ui.term;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An output that never blocks the UI and never holds more than a bound: frames are queued and a
 * thread of its own sends them to a slow sink (an SSH channel, which waits while the client does
 * not read). When the queue would pass its bound, it is dropped whole, later frames too, and once
 * the sink takes bytes again {@code lost} is called to ask for a full redraw: the client then
 * gets the latest screen, not the history it missed. A frame that clears the screen
 * ({@link Screen#FRESH}) or gives the terminal back ({@link Screen#RESTORE}) needs nothing before
 * it, so it replaces whatever is still queued and is always taken, whatever its size. Bytes
 * written before the first such frame (the terminal's modes from {@link Screen#start()}: alternate
 * screen, hidden cursor, no wrap) are never replaced: no frame redraws them. Thread-safe.
 */
public final class LatestFrameOutput extends OutputStream {
  private static final byte[] FRESH = Screen.FRESH.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RESTORE = Screen.RESTORE.getBytes(StandardCharsets.US_ASCII);

  private final OutputStream sink;
  private final int limit;
  private final Runnable lost;
  private final ByteArrayOutputStream queued = new ByteArrayOutputStream();
  private final Thread sender;
  /** Frames were dropped: nothing is queued until a fresh frame comes. */
  private boolean dropping;
  /** The redraw for the dropped frames was asked for. */
  private boolean redrawAsked;
  private boolean sending;
  private boolean closed;
  private long dropped;
  /** A fresh frame was queued: later writes no longer set the terminal up. */
  private boolean framed;
  /** Leading bytes of the queue written before the first fresh frame, kept whatever comes. */
  private int keep;

  /**
   * @param limit the most bytes queued, save one fresh frame
   * @param lost asked, on the sending thread, for a full redraw after frames were dropped
   */
  public LatestFrameOutput(OutputStream sink, int limit, Runnable lost, String threadName) {
    this.sink = sink;
    this.limit = limit;
    this.lost = lost;
    this.sender = new Thread(this::send, threadName);
    sender.setDaemon(true);
    sender.start();
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    if (closed) {
      return;
    }
    if (startsWith(b, off, len, FRESH) || startsWith(b, off, len, RESTORE)) {
      cutToKept();
      framed = true;
      dropping = false;
      redrawAsked = false;
    } else if (dropping) {
      return;
    } else if (queued.size() + len > limit) {
      cutToKept();
      dropping = true;
      dropped++;
      notifyAll();
      return;
    }
    queued.write(b, off, len);
    if (!framed) {
      keep = queued.size();
    }
    notifyAll();
  }

  private void cutToKept() {
    if (keep == 0) {
      queued.reset();
      return;
    }
    byte[] kept = Arrays.copyOf(queued.toByteArray(), keep);
    queued.reset();
    queued.write(kept, 0, kept.length);
  }

  /** How many times queued frames were dropped for a sink that did not keep up. */
  public synchronized long drops() {
    return dropped;
  }

  /** Bytes waiting to be sent. */
  public synchronized int queued() {
    return queued.size();
  }

  /**
   * Sends what is queued, waiting at most {@code waitMillis} for the sink to take it, then stops
   * the sending thread; later writes are dropped. The sink is not closed.
   */
  public void close(long waitMillis) throws InterruptedException {
    long until = System.nanoTime() + waitMillis * 1_000_000;
    synchronized (this) {
      closed = true;
      notifyAll();
      while ((queued.size() > 0 || sending) && sender.isAlive()) {
        long left = (until - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          break;
        }
        wait(left);
      }
    }
    sender.interrupt();
  }

  @Override
  public void close() {
    try {
      close(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void send() {
    try {
      while (true) {
        byte[] bytes;
        boolean askRedraw;
        synchronized (this) {
          sending = false;
          notifyAll();
          while (queued.size() == 0 && !(dropping && !redrawAsked) && !closed) {
            wait();
          }
          if (queued.size() == 0 && closed) {
            return;
          }
          bytes = queued.toByteArray();
          queued.reset();
          keep = 0;
          askRedraw = dropping && !redrawAsked;
          redrawAsked |= askRedraw;
          sending = true;
        }
        if (bytes.length > 0) {
          sink.write(bytes);
          sink.flush();
        }
        if (askRedraw) {
          lost.run();
        }
      }
    } catch (IOException | InterruptedException e) {
      synchronized (this) {
        closed = true;
        sending = false;
        queued.reset();
        keep = 0;
        notifyAll();
      }
    }
  }

  private static boolean startsWith(byte[] b, int off, int len, byte[] prefix) {
    return len >= prefix.length
        && Arrays.equals(b, off, off + prefix.length, prefix, 0, prefix.length);
  }
}
