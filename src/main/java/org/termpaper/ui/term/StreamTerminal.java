package org.termpaper.ui.term;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A terminal at the other end of a pair of streams, such as an SSH session's channel: its size
 * is what the other end said (a PTY request, then window changes, given to {@link #resize}), and
 * there is no mode to restore here, since the remote end owns its tty. Thread-safe.
 */
public final class StreamTerminal implements Terminal {
  private final InputStream in;
  private final OutputStream out;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private volatile Size size;

  public StreamTerminal(InputStream in, OutputStream out, Size size) {
    this.in = in;
    this.out = out;
    this.size = size;
  }

  @Override
  public InputStream input() {
    return in;
  }

  @Override
  public OutputStream output() {
    return out;
  }

  @Override
  public Size size() {
    return size;
  }

  /** The other end's new size: every listener hears of it. */
  public void resize(Size newSize) {
    size = newSize;
    redraw();
  }

  /**
   * Asks for a full redraw at the same size, as a resize does: for an output that had to drop
   * frames ({@link LatestFrameOutput}), whose terminal no longer shows what the UI thinks.
   */
  public void redraw() {
    listeners.forEach(Runnable::run);
  }

  @Override
  public void onResize(Runnable onResize) {
    listeners.add(onResize);
  }

  @Override
  public void restore() {
    // the remote end restores its own tty when the session ends
  }
}
