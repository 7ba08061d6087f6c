package org.termpaper.serve.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.termpaper.serve.SshSettings;
import org.termpaper.serve.StationContext;
import org.termpaper.serve.StationService;
import org.termpaper.text.ColumnWidth;

/**
 * The station's SSH service: {@link SshStation} on the station's shared parts. Its bounds come
 * from the config's {@code [ssh]} section ({@link SshLimits}); its host key is
 * {@code ssh_host_key} in the data folder.
 */
public final class SshService implements StationService {
  /** The host key's file name in the data folder. */
  public static final String HOST_KEY = "ssh_host_key";

  private final SshSettings settings;
  private SshStation station;
  private String address;

  public SshService(SshSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "ssh";
  }

  @Override
  public void start(StationContext context) {
    SshLimits limits = SshLimits.of(context.config());
    Path keys = settings.open() ? null : settings.authorizedKeys();
    SshStation.Options options = new SshStation.Options(context.bind().getHostAddress(),
        settings.port(), keys, settings.open(), context.dirs().data().resolve(HOST_KEY),
        limits);
    List<SessionSource> sources = context.sources().values().stream()
        .map(served -> StationAccess.of(context, served)).toList();
    SshStation made = new SshStation(options, sources, new StationCommands(context.archive(),
        ColumnWidth.forAmbiguousWidth(context.config().ambiguousWidth())), context.config(),
        line -> context.log().event("ssh", line));
    made.start();
    context.onIssueArchived((served, date) -> made.issueArchived(served.name()));
    station = made;
    address = context.bind().getHostAddress() + ":" + made.port();
  }

  @Override
  public String address() {
    return address;
  }

  /** The port listened on, once started (for a port of 0: the one the system chose). */
  public int port() {
    return station.port();
  }

  @Override
  public void stop(Duration deadline) {
    if (station != null) {
      station.stop(deadline);
      station = null;
    }
  }
}
