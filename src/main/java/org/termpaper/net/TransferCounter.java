package org.termpaper.net;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * Counts requests, cache hits and bytes read from the network. One instance serves every call
 * of a client, so it only adds to atomic counters. Thread-safe.
 *
 * <p>OkHttp reports a 304 as a conditional hit followed by a cache hit; it is counted once, as
 * not modified, so that answers from the cache alone and 304s never add up to more than the
 * requests.
 */
final class TransferCounter extends EventListener {
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final Set<Call> validating = ConcurrentHashMap.newKeySet();

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
    if (validating.remove(call)) {
      notModified.incrementAndGet();
    } else {
      cacheHits.incrementAndGet();
    }
  }

  @Override
  public void cacheConditionalHit(Call call, Response cachedResponse) {
    validating.add(call);
  }

  @Override
  public void cacheMiss(Call call) {
    validating.remove(call);
  }

  @Override
  public void callEnd(Call call) {
    validating.remove(call);
  }

  @Override
  public void callFailed(Call call, IOException e) {
    validating.remove(call);
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
