package org.termpaper.serve.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.termpaper.model.TermpaperException;
import org.termpaper.serve.StationContext;
import org.termpaper.serve.StationService;

/**
 * The station's HTTP side: the edition feeds of every served source ({@link FeedHandler}) on
 * the JDK's built-in server, which needs no dependency and whose bounds are settings: a request
 * line and headers of at most {@value #MAX_HEADER_BYTES} bytes and {@value #MAX_HEADERS}
 * headers, {@value #DEFAULT_MAX_CONNECTIONS} connections at once, {@value #MAX_PER_CLIENT}
 * requests of one client address answered at once, {@value #REQUEST_SECONDS} s to send a
 * request and {@value #IDLE_SECONDS} s idle before a kept-alive connection is closed. The
 * requests are answered by a few threads of the station's own, so a burst of clients queues
 * instead of making threads. Not thread-safe: started and stopped once, from one thread.
 */
public final class FeedServer implements StationService {
  static final int MAX_HEADER_BYTES = 8192;
  static final int MAX_HEADERS = 64;
  static final int DEFAULT_MAX_CONNECTIONS = 256;
  static final int REQUEST_SECONDS = 20;
  static final int IDLE_SECONDS = 30;
  /** Requests of one client address answered at once; more are refused with 503. */
  static final int MAX_PER_CLIENT = 8;
  /**
   * Connections at once: {@code -Djdk.httpserver.maxConnections=N} when set (the JDK reads it
   * once, when its server is first used), else {@value #DEFAULT_MAX_CONNECTIONS}.
   */
  static final int MAX_CONNECTIONS;

  static {
    // The JDK reads these once, when its server is first used; a user's own -D settings win.
    setDefault("sun.net.httpserver.maxReqHeaderSize", MAX_HEADER_BYTES);
    setDefault("sun.net.httpserver.maxReqHeaders", MAX_HEADERS);
    setDefault("jdk.httpserver.maxConnections", DEFAULT_MAX_CONNECTIONS);
    setDefault("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
    setDefault("sun.net.httpserver.idleInterval", IDLE_SECONDS);
    Integer cap = Integer.getInteger("jdk.httpserver.maxConnections");
    MAX_CONNECTIONS = cap == null || cap <= 0 ? DEFAULT_MAX_CONNECTIONS : cap;
  }

  private final int port;
  private final int perClient;
  private HttpServer server;
  private FeedHandler handler;
  private ExecutorService threads;

  /** A server for {@code port} (0: any free port), started by {@link #start}. */
  public FeedServer(int port) {
    this(port, MAX_PER_CLIENT);
  }

  /** A server for {@code port} answering at most {@code perClient} requests of one address. */
  FeedServer(int port, int perClient) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not 0 to 65535");
    }
    if (perClient < 1) {
      throw new IllegalArgumentException("perClient " + perClient + " is below 1");
    }
    this.port = port;
    this.perClient = perClient;
  }

  @Override
  public String name() {
    return "http";
  }

  @Override
  public void start(StationContext station) {
    InetAddress bind = station.bind();
    try {
      server = HttpServer.create(new InetSocketAddress(bind, port), 64);
    } catch (IOException e) {
      throw new TermpaperException("cannot serve HTTP on " + hostPort(bind, port) + ": "
          + e.getMessage(), e);
    }
    AtomicInteger count = new AtomicInteger();
    // A connection has at most one exchange under way, and the JDK never lets more than
    // MAX_CONNECTIONS in, so this pool never refuses one.
    threads = new ThreadPoolExecutor(0, MAX_CONNECTIONS + 1, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, "termpaper-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    server.setExecutor(threads);
    handler = new FeedHandler(station, address(), perClient);
    server.createContext("/", handler);
    server.start();
  }

  @Override
  public String address() {
    return server == null ? hostPort(null, port)
        : hostPort(server.getAddress().getAddress(), server.getAddress().getPort());
  }

  /** The requests of {@code client} (an address as text) being answered now. */
  int inFlight(String client) {
    return handler == null ? 0 : handler.inFlight(client);
  }

  /** The port listened on, once started (the one chosen when asked for 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void stop(Duration deadline) {
    if (server == null) {
      return;
    }
    // The JDK's grace period is whole seconds and, on JDK 17, always waited out in full; an
    // answer here takes milliseconds, so the connections are closed at once.
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(Math.max(0, deadline.toMillis()), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String hostPort(InetAddress address, int port) {
    String host = address == null ? "?" : address.getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  private static void setDefault(String property, int value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Integer.toString(value));
    }
  }
}
