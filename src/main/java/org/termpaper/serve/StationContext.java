package org.termpaper.serve;

import java.net.InetAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.termpaper.archive.Archive;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Paper;
import org.termpaper.net.Fetcher;
import org.termpaper.source.OfflineEditions;
import org.termpaper.source.SourceResolver;

/**
 * What every service and session of a station shares: the served sources by name, the one
 * archive, the one HTTP client (fetcher), the resolver that opens sources with them, the event
 * log, the config and data directories, the address to bind and the clock. Thread-safe; the
 * station owns and closes the archive and fetcher, never a service.
 */
public final class StationContext {
  private final Map<String, ServedSource> sources;
  private final Archive archive;
  private final Fetcher fetcher;
  private final SourceResolver resolver;
  private final StationLog log;
  private final Config config;
  private final DataDirs dirs;
  private final InetAddress bind;
  private final Clock clock;
  private final List<IssueListener> listeners = new CopyOnWriteArrayList<>();

  /** The parts a station is made of; none may be null, and {@code sources} not empty. */
  public StationContext(List<ServedSource> sources, Archive archive, Fetcher fetcher,
      SourceResolver resolver, StationLog log, Config config, DataDirs dirs, InetAddress bind,
      Clock clock) {
    Map<String, ServedSource> byName = new LinkedHashMap<>();
    for (ServedSource source : sources) {
      if (byName.put(source.name(), source) != null) {
        throw new IllegalArgumentException("two served sources are named " + source.name());
      }
    }
    if (byName.isEmpty()) {
      throw new IllegalArgumentException("a station serves at least one source");
    }
    this.sources = Collections.unmodifiableMap(byName);
    this.archive = Objects.requireNonNull(archive, "archive");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.log = Objects.requireNonNull(log, "log");
    this.config = Objects.requireNonNull(config, "config");
    this.dirs = Objects.requireNonNull(dirs, "dirs");
    this.bind = Objects.requireNonNull(bind, "bind");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The served sources by name, in the order they were given. */
  public Map<String, ServedSource> sources() {
    return sources;
  }

  public Optional<ServedSource> source(String name) {
    return Optional.ofNullable(sources.get(name));
  }

  public Archive archive() {
    return archive;
  }

  public Fetcher fetcher() {
    return fetcher;
  }

  /** Opens sources with the station's fetcher, config and archive (for offline fallback). */
  public SourceResolver resolver() {
    return resolver;
  }

  public StationLog log() {
    return log;
  }

  public Config config() {
    return config;
  }

  public DataDirs dirs() {
    return dirs;
  }

  /** The address every service binds to: loopback unless {@code --bind} said otherwise. */
  public InetAddress bind() {
    return bind;
  }

  public Clock clock() {
    return clock;
  }

  /** True when the station opens no network connection: it serves what is archived. */
  public boolean offline() {
    return fetcher.settings().offline();
  }

  /**
   * The archived paper a served source's issues are kept under, or empty while nothing of it
   * has been archived.
   */
  public Optional<Paper> paper(ServedSource source) {
    String location = source.location();
    if (location.startsWith(OfflineEditions.PREFIX)) {
      return archive.paper(location.substring(OfflineEditions.PREFIX.length()));
    }
    return archive.paperAt(location).or(() -> archive.paperNear(location));
  }

  /** Adds a listener told of every issue the station archives from now on. */
  public void onIssueArchived(IssueListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Tells the listeners that an issue of {@code source} is archived; a failing one is logged. */
  public void issueArchived(ServedSource source, LocalDate date) {
    for (IssueListener listener : listeners) {
      try {
        listener.archived(source, date);
      } catch (RuntimeException e) {
        log.error("station", "a listener failed on " + source.name() + " " + date + ": " + e);
      }
    }
  }
}
