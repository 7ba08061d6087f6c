package org.termpaper.serve.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.session.ServerSession;

/**
 * Keeps the station within its bounds: connections that have not logged in yet, sessions at
 * once, and sessions from one client address. A connection past the bound of those not logged
 * in pushes out the oldest of them, so a flood of clients that never log in cannot lock out one
 * that does so promptly; a login past the session bounds is turned away with a message. A
 * session that opens no channel within the login time after logging in (such as {@code ssh -N},
 * which only holds tunnels) is closed: it holds a place and reads nothing. Thread-safe.
 */
final class SessionGate implements SessionListener {
  /** Set on a session once it has opened a channel. */
  static final AttributeRepository.AttributeKey<Boolean> OPENED =
      new AttributeRepository.AttributeKey<>();
  private final SshLimits limits;
  private final Consumer<String> log;
  private final Deque<Session> waiting = new ArrayDeque<>();
  private final Set<Session> admitted = new HashSet<>();
  private final Map<String, Integer> perAddress = new HashMap<>();

  SessionGate(SshLimits limits, Consumer<String> log) {
    this.limits = limits;
    this.log = log;
  }

  @Override
  public void sessionCreated(Session session) {
    log.accept("connection from " + address(session));
    Session evicted = null;
    synchronized (this) {
      waiting.addLast(session);
      if (waiting.size() > limits.unauthenticated()) {
        evicted = waiting.removeFirst();
      }
    }
    if (evicted != null) {
      log.accept("" + address(evicted) + " dropped: too many connections not logged in");
      evicted.close(true);
    }
  }

  @Override
  public void sessionEvent(Session session, Event event) {
    if (event != Event.Authenticated) {
      return;
    }
    String address = address(session);
    String refusal = null;
    synchronized (this) {
      waiting.remove(session);
      if (admitted.size() >= limits.sessions()) {
        refusal = "the station is full (" + limits.sessions() + " sessions); try again later";
      } else if (perAddress.getOrDefault(address, 0) >= limits.perAddress()) {
        refusal = "too many sessions from " + address + " (at most " + limits.perAddress() + ")";
      } else {
        admitted.add(session);
        perAddress.merge(address, 1, Integer::sum);
      }
    }
    if (refusal == null) {
      log.accept("" + address + " logged in as "
          + SshStation.printable(((ServerSession) session)
              .getUsername()));
      session.getFactoryManager().getScheduledExecutorService().schedule(
          () -> closeIfNoChannel(session), limits.login().toMillis(), TimeUnit.MILLISECONDS);
    } else {
      log.accept("" + address + " turned away: " + refusal);
      try {
        session.disconnect(SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS, refusal);
      } catch (IOException e) {
        session.close(true);
      }
    }
  }

  private void closeIfNoChannel(Session session) {
    if (session.isOpen() && session.getAttribute(OPENED) == null) {
      log.accept("" + address(session) + " closed: no session opened in "
          + limits.login().toMillis() + " ms after logging in");
      try {
        session.disconnect(SshConstants.SSH2_DISCONNECT_BY_APPLICATION,
            "this station serves a reader or a command to each connection; none was asked for");
      } catch (IOException e) {
        session.close(true);
      }
    }
  }

  @Override
  public void sessionClosed(Session session) {
    synchronized (this) {
      waiting.remove(session);
      if (admitted.remove(session)) {
        perAddress.computeIfPresent(address(session), (a, n) -> n > 1 ? n - 1 : null);
      }
    }
  }

  /** Sessions logged in now. */
  synchronized int sessions() {
    return admitted.size();
  }

  /** Connections not logged in yet. */
  synchronized int waiting() {
    return waiting.size();
  }

  static String address(Session session) {
    SocketAddress remote = session.getIoSession().getRemoteAddress();
    if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
      return inet.getAddress().getHostAddress();
    }
    return String.valueOf(remote);
  }
}
