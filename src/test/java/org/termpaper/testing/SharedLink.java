package org.termpaper.testing;

import java.io.IOException;
import java.io.InterruptedIOException;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * One slow link shared by every response of a test server, as a thin mobile uplink is: bytes
 * leave at most at {@code bitsPerSecond} in total, however many responses are under way, so
 * concurrency buys round trips, not bandwidth. Thread-safe.
 */
public final class SharedLink {
  private static final int SLICE = 1024;

  private final double nanosPerByte;
  private long nextFree;

  public SharedLink(long bitsPerSecond) {
    this.nanosPerByte = 8e9 / bitsPerSecond;
  }

  /** A response body that goes through this link. */
  public MockResponseBody body(byte[] bytes) {
    return new MockResponseBody() {
      @Override
      public long getContentLength() {
        return bytes.length;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        for (int at = 0; at < bytes.length; at += SLICE) {
          int length = Math.min(SLICE, bytes.length - at);
          waitForSlot(length);
          sink.write(bytes, at, length);
          sink.flush();
        }
      }
    };
  }

  private void waitForSlot(int bytes) throws InterruptedIOException {
    long until;
    synchronized (this) {
      long now = System.nanoTime();
      long start = Math.max(now, nextFree);
      nextFree = start + (long) (bytes * nanosPerByte);
      until = nextFree;
    }
    try {
      long wait = until - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted on the link");
    }
  }
}
