package org.termpaper.ui.term;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * What the reading UI runs on: this process's own terminal ({@link Tty}) or a remote one, such
 * as an SSH channel ({@link StreamTerminal}). Both carry the same bytes, which {@link Screen} and
 * {@link KeyInput} make and read, so every guarantee of those bytes holds on either.
 * Implementations are thread-safe.
 *
 * <p>JLine's terminal was weighed for the remote side: it runs a terminal over a channel's
 * streams and raises WINCH on a window change, but it would stand in for this interface and
 * {@link StreamTerminal} alone (some 80 lines), while the byte-level guarantees (no NUL or C1,
 * exact widths, only changed cells sent) live in {@link Screen} and {@link KeyInput}, which stay
 * ours either way; and its line discipline rewrites CR and LF and echoes input unless each is
 * switched off. So the UI keeps one terminal layer of its own for both sides.
 */
public interface Terminal {
  /** The keys the user types, as bytes. */
  InputStream input();

  /** Where frames are written. */
  OutputStream output();

  /** The size now. */
  Size size();

  /** Calls {@code onResize} whenever the size changes, from any thread. */
  void onResize(Runnable onResize);

  /** Gives back what was changed to run the UI (a tty's mode); safe to call more than once. */
  void restore();
}
