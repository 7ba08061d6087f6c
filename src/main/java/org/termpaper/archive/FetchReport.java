package org.termpaper.archive;

import java.time.Duration;
import java.util.List;
import org.termpaper.model.Paper;
import org.termpaper.net.TransferStats;

/**
 * What a whole fetch did: each issue's result, what went over the network, how long it took.
 * Immutable.
 *
 * @param paper the paper fetched
 * @param editions each issue asked for, in date order
 * @param transfer requests and bytes of this fetch
 * @param time the wall time
 */
public record FetchReport(Paper paper, List<EditionResult> editions, TransferStats transfer,
    Duration time) {

  public FetchReport {
    editions = List.copyOf(editions);
  }

  public long count(EditionResult.Outcome outcome) {
    return editions.stream().filter(e -> e.outcome() == outcome).count();
  }

  public int articles() {
    return editions.stream().mapToInt(EditionResult::articles).sum();
  }

  public List<FetchFailure> failures() {
    return editions.stream().flatMap(e -> e.failures().stream()).toList();
  }

  /** True when every issue asked for is archived whole. */
  public boolean isComplete() {
    return failures().isEmpty();
  }
}
