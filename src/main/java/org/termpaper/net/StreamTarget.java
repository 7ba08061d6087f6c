package org.termpaper.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A call's {@link BodyReader} and what it made, carried to the {@link RetryInterceptor} as the
 * request's tag, so that the body is read inside the retry. Thread-safe for one call.
 */
final class StreamTarget {
  private final BodyReader<?> reader;
  private volatile Object result;

  StreamTarget(BodyReader<?> reader) {
    this.reader = reader;
  }

  /**
   * Runs the reader on a body bounded by {@code maxBytes}. Whatever the reader throws other
   * than the body's own I/O errors comes out as a {@link ReaderFailure}, which is not retried.
   */
  void read(String contentType, InputStream body, long maxBytes) throws IOException {
    Bounded bounded = new Bounded(body, maxBytes);
    try {
      result = reader.read(contentType, bounded);
    } catch (IOException e) {
      if (bounded.failure == e) {
        throw e;
      }
      throw new ReaderFailure(e);
    } catch (RuntimeException | Error e) {
      throw new ReaderFailure(e);
    }
  }

  Object result() {
    return result;
  }

  /**
   * A failure of the reader rather than of the exchange: not worth asking again. Carried as an
   * {@link IOException} through OkHttp, which would otherwise let it kill its thread.
   */
  static final class ReaderFailure extends IOException {
    ReaderFailure(Throwable cause) {
      super(String.valueOf(cause.getMessage()), cause);
    }
  }

  /** The body, throwing past the size bound, and remembering the I/O errors it threw. */
  static final class Bounded extends FilterInputStream {
    private final long maxBytes;
    private long count;
    private IOException failure;

    Bounded(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      if (n > 0) {
        count += n;
        if (count > maxBytes) {
          failure = new RetryInterceptor.TooLargeException(maxBytes);
          throw failure;
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      if (n <= 0) {
        return 0;
      }
      return Math.max(0, read(new byte[(int) Math.min(n, 8192)]));
    }
  }
}
