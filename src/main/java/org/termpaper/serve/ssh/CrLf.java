package org.termpaper.serve.ssh;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Ends every line with CR LF, as a tty does for a program's output: a client's terminal in raw
 * mode (ssh with a PTY) would otherwise step each line to the right. Not thread-safe.
 */
final class CrLf extends FilterOutputStream {
  private int last = -1;

  CrLf(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    if (b == '\n' && last != '\r') {
      out.write('\r');
    }
    out.write(b);
    last = b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    int start = off;
    for (int i = off; i < off + len; i++) {
      if (b[i] == '\n' && (i > off ? b[i - 1] : last) != '\r') {
        out.write(b, start, i - start);
        out.write('\r');
        start = i;
      }
    }
    out.write(b, start, off + len - start);
    if (len > 0) {
      last = b[off + len - 1];
    }
  }
}
