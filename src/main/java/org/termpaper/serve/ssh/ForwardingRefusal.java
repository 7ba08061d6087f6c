package org.termpaper.serve.ssh;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.StaticDecisionForwardingFilter;

/**
 * A station forwards nothing, and a client that asks it to is not a reader: a request to listen
 * ({@code ssh -R}, the global {@code tcpip-forward}) or a tunnel opened through it ({@code ssh
 * -L}, a {@code direct-tcpip} channel) is refused and the connection closed at once, with a
 * reason the client shows and a log line. ({@code ssh -L … -N} asks nothing until a tunnel is
 * used; {@link SessionGate} closes a connection that opens no session in time.)
 */
final class ForwardingRefusal extends StaticDecisionForwardingFilter {
  static final String REASON = "this station forwards no ports; it serves reading only";

  private final Consumer<String> log;

  ForwardingRefusal(Consumer<String> log) {
    super(false);
    this.log = log;
  }

  @Override
  protected boolean checkAcceptance(String request, Session session,
      SshdSocketAddress target) {
    refuse(session, "port forwarding (" + request + ")", log);
    return false;
  }

  /** Channels of a tunnel ({@code direct-tcpip}): none is ever made, and the client is let go. */
  static ChannelFactory tunnels(Consumer<String> log) {
    return new ChannelFactory() {
      @Override
      public String getName() {
        return "direct-tcpip";
      }

      @Override
      public Channel createChannel(Session session) {
        refuse(session, "port forwarding (direct-tcpip)", log);
        return null; // the open fails: no channel of this kind exists here
      }
    };
  }

  private static void refuse(Session session, String what, Consumer<String> log) {
    log.accept("" + SessionGate.address(session) + " refused: " + what + "; disconnected");
    try {
      session.disconnect(SshConstants.SSH2_DISCONNECT_BY_APPLICATION, REASON);
    } catch (IOException e) {
      session.close(true);
    }
  }
}
