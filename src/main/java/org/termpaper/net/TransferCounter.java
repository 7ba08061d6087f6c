package org.termpaper.net;

import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * Counts requests, cache hits and bytes read from the network. One instance serves every call
 * of a client, so it only adds to atomic counters. Thread-safe.
 */
final class TransferCounter extends EventListener {
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();

  TransferStats snapshot() {
    return new TransferStats(requests.get(), cacheHits.get(), notModified.get(), failures.get(),
        bytes.get());
  }

  @Override
  public void callStart(Call call) {
    requests.incrementAndGet();
  }

  @Override
  public void cacheHit(Call call, Response response) {
    cacheHits.incrementAndGet();
  }

  @Override
  public void cacheConditionalHit(Call call, Response cachedResponse) {
    notModified.incrementAndGet();
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    // The status line is not part of the headers; count it roughly so 304s are not free.
    bytes.addAndGet(response.headers().byteCount() + 17);
  }

  @Override
  public void responseBodyEnd(Call call, long byteCount) {
    bytes.addAndGet(byteCount);
  }

  /** A resource could not be fetched, for whatever reason (an error status included). */
  void countFailure() {
    failures.incrementAndGet();
  }
}
