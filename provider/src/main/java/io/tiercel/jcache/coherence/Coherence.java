package io.tiercel.jcache.coherence;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether near caches can trust what they hold: copies are served and installed only while the
 * invalidation channel is up, and a generation number changes every time that trust is lost or
 * regained.
 *
 * <ul>
 *   <li>A read that will install a copy takes the generation before it asks the authority, and
 *       installs only if the generation is still the same ({@link #isCurrent}): a copy read
 *       across a loss of the channel is never installed.</li>
 *   <li>{@link #lost()} stops serving before near caches are flushed; {@link #established()}
 *       resumes only after they were flushed again, so nothing read while invalidations could be
 *       missed survives.</li>
 * </ul>
 */
public final class Coherence {
  /** The generation {@link #begin()} returns while copies cannot be trusted. */
  public static final long BYPASS = -1L;

  private final AtomicLong generation = new AtomicLong();
  private volatile boolean serving;

  /** Returns the generation a read installing a copy works under, or {@link #BYPASS}. */
  public long begin() {
    return serving ? generation.get() : BYPASS;
  }

  /** Returns whether copies may be served now. */
  public boolean isServing() {
    return serving;
  }

  /** Returns whether a copy read under {@code begun} may still be installed. */
  public boolean isCurrent(long begun) {
    return begun != BYPASS && serving && generation.get() == begun;
  }

  /** The invalidation channel is gone: stop serving copies; the caller flushes them next. */
  public void lost() {
    serving = false;
    generation.incrementAndGet();
  }

  /** The invalidation channel is up and near caches were flushed: serve copies again. */
  public void established() {
    generation.incrementAndGet();
    serving = true;
  }
}
