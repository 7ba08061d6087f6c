package org.termpaper.serve.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.UserAuthNoneFactory;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.termpaper.config.Config;
import org.termpaper.model.TermpaperException;

/**
 * The SSH side of a station: the reader for everyone who logs in with a listed public key (or
 * for anyone, read-only, when open), and the read-only commands as exec requests. A client picks
 * a served source by logging in under its name ({@code ssh lzcb@station}); any other user name
 * reads the first. Passwords are never asked for; forwarding of every kind, subsystems and
 * channels other than sessions are refused. Thread-safe.
 */
public final class SshStation implements AutoCloseable {
  /** Issues read at once for all readers, and reads waiting past them before one is refused. */
  static final int LOAD_THREADS = 4;
  static final int LOADS_QUEUED = 32;
  /**
   * How the station listens and whom it lets in.
   *
   * @param bind the address to listen on, such as {@code 127.0.0.1}
   * @param port the port; 0 for any free one
   * @param authorizedKeys the public keys that may log in (OpenSSH's format); ignored when open
   * @param open anyone may log in, without a key, to read and search only
   * @param hostKey where the host key is kept
   * @param limits the bounds on connections and sessions
   */
  public record Options(String bind, int port, Path authorizedKeys, boolean open, Path hostKey,
      SshLimits limits) {}

  private final Options options;
  private final Map<String, SessionSource> sources = new LinkedHashMap<>();
  private final Map<String, SharedSource> shared = new LinkedHashMap<>();
  private final ReadOnlyCommands commands;
  private final Config config;
  private final Consumer<String> log;
  private final Sessions sessions = new Sessions();
  private final ExecutorService loads;
  private final SessionGate gate;
  private SshServer server;

  /**
   * @param sources the served sources, the first read by default
   * @param log where one line per event goes (connection, login, refusal)
   */
  SshStation(Options options, List<SessionSource> sources, ReadOnlyCommands commands,
      Config config, Consumer<String> log) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a station serves at least one source");
    }
    this.options = options;
    this.commands = commands;
    this.config = config;
    this.log = log;
    // a bounded queue: past it a reader is told the station is busy, nothing piles up
    this.loads = new ThreadPoolExecutor(LOAD_THREADS, LOAD_THREADS, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(LOADS_QUEUED), runnable -> {
          Thread thread = new Thread(runnable, "termpaper-ssh-load");
          thread.setDaemon(true);
          return thread;
        });
    for (SessionSource source : sources) {
      this.sources.put(source.name(), source);
      this.shared.put(source.name(), new SharedSource(source.open(), loads));
    }
    this.gate = new SessionGate(options.limits(), log);
  }

  /**
   * The station archived an issue of {@code source}: its readers and exec commands see the new
   * calendar from their next use on.
   */
  void issueArchived(String source) {
    SharedSource served = shared.get(source);
    if (served != null) {
      served.refresh();
    }
  }

  /** Listens; throws a one-line {@link TermpaperException} when it cannot. */
  public synchronized void start() {
    if (!options.open() && !Files.isReadable(options.authorizedKeys())) {
      throw new TermpaperException("no authorized keys file at " + options.authorizedKeys()
          + ": put the readers' public keys there (OpenSSH's authorized_keys format), or give "
          + "--authorized-keys FILE, or --open for a public station");
    }
    if (!options.open()) {
      KeyFiles.checkAuthorizedKeys(options.authorizedKeys());
    }
    KeyFiles.checkHostKey(options.hostKey());
    SshServer sshd = SshServer.setUpDefaultServer();
    sshd.setHost(options.bind());
    sshd.setPort(options.port());
    sshd.setKeyPairProvider(KeyPairProvider.wrap(HostKey.loadOrCreate(options.hostKey())));
    SshLimits limits = options.limits();
    CoreModuleProperties.AUTH_TIMEOUT.set(sshd, limits.login());
    CoreModuleProperties.IDLE_TIMEOUT.set(sshd, limits.idle());
    CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(sshd, limits.idle());
    CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, 1);
    CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 6);
    sshd.setPasswordAuthenticator(null);
    sshd.setKeyboardInteractiveAuthenticator(null);
    sshd.setGSSAuthenticator(null);
    sshd.setHostBasedAuthenticator(null);
    if (options.open()) {
      sshd.setUserAuthFactories(List.of(UserAuthNoneFactory.INSTANCE,
          UserAuthPublicKeyFactory.INSTANCE));
      sshd.setPublickeyAuthenticator((user, key, session) -> true);
    } else {
      sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
      sshd.setPublickeyAuthenticator(logged(new AuthorizedKeysAuthenticator(
          options.authorizedKeys())));
    }
    sshd.setForwardingFilter(new ForwardingRefusal(log));
    sshd.setAgentFactory(null);
    sshd.setSubsystemFactories(List.of());
    sshd.setChannelFactories(List.of(StationChannel.factory(log),
        ForwardingRefusal.tunnels(log)));
    sshd.addSessionListener(gate);
    sshd.setShellFactory(channel -> new ReaderShell(stationFor(channel.getSession()),
        sourceFor(channel.getSession())));
    sshd.setCommandFactory((channel, command) -> {
      SessionSource source = sourceFor(channel.getSession());
      log.accept("" + SessionGate.address(channel.getSession()) + " runs "
          + printable(command));
      return new ExecCommand(command, shared.get(source.name()).view(), commands);
    });
    try {
      sshd.start();
    } catch (IOException e) {
      throw new TermpaperException("cannot listen for SSH on " + options.bind() + ":"
          + options.port() + ": " + e.getMessage());
    }
    server = sshd;
    log.accept(options.open() ? "open: anyone may log in, to read and search only"
        : "logins by the keys in " + options.authorizedKeys());
  }

  /** The port listened on, once started. */
  public synchronized int port() {
    for (SocketAddress address : server.getBoundAddresses()) {
      if (address instanceof InetSocketAddress inet) {
        return inet.getPort();
      }
    }
    return server.getPort();
  }

  /** Readers running now. */
  public int readers() {
    return sessions.size();
  }

  /** Bytes of output queued for all readers now: each reader's at most its bound. */
  long queuedOutput() {
    return sessions.queued();
  }

  /** How often the readers running now had frames dropped for not reading. */
  long droppedFrames() {
    return sessions.drops();
  }

  /** Sessions logged in now. */
  int loggedIn() {
    return gate.sessions();
  }

  /** Connections not logged in yet. */
  int waiting() {
    return gate.waiting();
  }

  /**
   * Tells every reader the station is stopping (each gives its terminal back), closes every
   * connection and stops listening, within {@code deadline}.
   */
  public synchronized void stop(Duration deadline) {
    if (server == null) {
      return;
    }
    long until = System.nanoTime() + deadline.toNanos();
    sessions.stopAll();
    long half = deadline.toMillis() / 2;
    while (sessions.size() > 0 && System.nanoTime() < until - half * 1_000_000) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    try {
      long left = Math.max(0, (until - System.nanoTime()) / 1_000_000);
      if (!server.close(false).await(left, TimeUnit.MILLISECONDS)) {
        server.close(true);
      }
    } catch (IOException e) {
      server.close(true);
    }
    loads.shutdownNow();
    shared.values().forEach(SharedSource::close);
    server = null;
    log.accept("stopped");
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(5));
  }

  private ReaderShell.Station stationFor(ServerSession session) {
    SessionSource source = sourceFor(session);
    log.accept("" + SessionGate.address(session) + " reads " + source.name()
        + " as " + printable(session.getUsername()));
    return new ReaderShell.Station(shared.get(source.name()), config, options.open(),
        options.limits().outputBuffer(), sessions);
  }

  /** The source named by the user name, else the first. */
  private SessionSource sourceFor(ServerSession session) {
    SessionSource named = sources.get(session.getUsername());
    return named != null ? named : sources.values().iterator().next();
  }

  private PublickeyAuthenticator logged(PublickeyAuthenticator keys) {
    return (user, key, session) -> {
      boolean ok = keys.authenticate(user, key, session);
      if (!ok) {
        log.accept("" + SessionGate.address(session) + " offered a key not listed, as "
            + printable(user) + " (" + type(key) + ")");
      }
      return ok;
    };
  }

  private static String type(PublicKey key) {
    return key == null ? "no key" : key.getAlgorithm();
  }

  static String printable(String text) {
    String clean = text == null ? "" : text.replaceAll("[^\\x20-\\x7e]", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
  }
}
