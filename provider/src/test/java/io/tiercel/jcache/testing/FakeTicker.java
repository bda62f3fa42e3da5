package io.tiercel.jcache.testing;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A clock in nanoseconds that stands still until a test moves it, so expiry needs no sleeps. */
public final class FakeTicker implements Ticker {
  private final AtomicLong nanos = new AtomicLong();

  @Override
  public long read() {
    return nanos.get();
  }

  /** Moves the clock forward by {@code duration} and returns this ticker. */
  public FakeTicker advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A clock only moves forward, not by " + duration);
    }
    nanos.addAndGet(duration.toNanos());
    return this;
  }

  /** Moves the clock forward by {@code amount} of {@code unit} and returns this ticker. */
  public FakeTicker advance(long amount, TimeUnit unit) {
    return advance(Duration.ofNanos(unit.toNanos(amount)));
  }
}
