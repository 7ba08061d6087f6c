package org.termpaper.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.termpaper.serve.FetchInterval;
import org.termpaper.serve.FetchScheduler;
import org.termpaper.serve.FetchTimer;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.SshSettings;
import org.termpaper.serve.Station;
import org.termpaper.serve.StationContext;
import org.termpaper.serve.StationLog;
import org.termpaper.serve.StationService;
import org.termpaper.serve.http.FeedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code termpaper serve}: a reading station. Serves the configured sources (or those given
 * with {@code --source}) as edition feeds over HTTP and, where the build has it, the reader
 * over SSH; fetches them at start and every {@code --fetch-every}; logs one line per event on
 * standard output; runs until SIGTERM or Ctrl-C, then stops within {@value #STOP_SECONDS} s.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the sources to other readers: edition feeds over HTTP, the reader "
        + "over SSH, fetched at start and on a schedule.")
final class ServeCommand implements Callable<Integer> {
  static final int STOP_SECONDS = 5;

  @ParentCommand
  Main main;

  @Option(names = "--http", paramLabel = "PORT",
      description = "Serve edition feeds over HTTP on PORT.")
  Integer http;

  @Option(names = "--ssh", paramLabel = "PORT", description = "Serve the reader over SSH on PORT.")
  Integer ssh;

  @Option(names = "--bind", paramLabel = "ADDR",
      description = "The address to listen on (default: loopback, 127.0.0.1).")
  String bind;

  @Option(names = "--source", paramLabel = "SRC",
      description = "A source to serve (repeatable; default: every configured source).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--fetch-every", paramLabel = "DURATION",
      description = "Fetch the sources again this often (such as 1h, 30m; from 5m to 7d).")
  String fetchEvery;

  @Option(names = "--authorized-keys", paramLabel = "FILE",
      description = "The public keys let in over SSH (default: authorized_keys in the config "
          + "folder).")
  Path authorizedKeys;

  @Option(names = "--open", description = "Let anyone in over SSH without a key, read-only.")
  boolean open;

  @Override
  public Integer call() throws InterruptedException {
    Duration every = interval();
    InetAddress address = address();
    List<StationService> services = services();
    AppContext app = main.app();
    StationLog log = new StationLog(main.out, Clock.systemDefaultZone(), app.dirs().logFile());
    List<ServedSource> served = new ServedSources(app).of(sources);
    StationContext context = new StationContext(served, app.archive(), app.fetcher(),
        app.resolver(), log, app.config(), app.dirs(), address, Clock.systemDefaultZone());
    FetchScheduler scheduler = app.offline() ? null
        : new FetchScheduler(context, every, FetchTimer.thread());
    Station station = new Station(context, services, scheduler);
    CountDownLatch closed = new CountDownLatch(1);
    // Registered before the start, so that a signal during it still stops what has started.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      station.stop(Duration.ofSeconds(STOP_SECONDS - 1));
      try {
        closed.await(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "termpaper-stop"));
    try {
      station.start();
      station.awaitStop();
    } finally {
      app.close();
      closed.countDown();
    }
    return 0;
  }

  private Duration interval() {
    if (fetchEvery == null) {
      return null;
    }
    try {
      return FetchInterval.parse(fetchEvery);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private InetAddress address() {
    if (bind == null) {
      return InetAddress.getLoopbackAddress();
    }
    try {
      return InetAddress.getByName(bind.strip());
    } catch (UnknownHostException | SecurityException e) {
      throw new UsageException("--bind " + bind + " is not an address of this machine");
    }
  }

  /** The services asked for, checked before anything is opened. */
  private List<StationService> services() {
    if (http == null && ssh == null) {
      throw new UsageException("serve needs --http PORT, --ssh PORT or both");
    }
    if (authorizedKeys != null && open) {
      throw new UsageException("give either --authorized-keys or --open, not both");
    }
    if (ssh == null && (authorizedKeys != null || open)) {
      throw new UsageException((open ? "--open" : "--authorized-keys") + " needs --ssh PORT");
    }
    List<StationService> services = new ArrayList<>();
    if (http != null) {
      services.add(new FeedServer(port("--http", http)));
    }
    if (ssh != null) {
      int port = port("--ssh", ssh);
      services.add(SshServing.service(open ? SshSettings.open(port) : SshSettings.keys(port,
          authorizedKeys != null ? authorizedKeys : main.app().dirs().config()
              .resolve("authorized_keys"))));
    }
    return services;
  }

  private static int port(String option, int port) {
    if (port < 0 || port > 65535) {
      throw new UsageException(option + " " + port + " is not a port (0 to 65535)");
    }
    return port;
  }
}
