package org.termpaper.ui.term;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * What the reading UI runs on: this process's own terminal ({@link Tty}) or a remote one, such
 * as an SSH channel ({@link StreamTerminal}). Both carry the same bytes, which {@link Screen} and
 * {@link KeyInput} make and read, so every guarantee of those bytes holds on either.
 * Implementations are thread-safe.
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
