package io.tiercel.jcache.config;

/** What a cache manager does while Redis cannot be reached. */
public enum FailureMode {
  /** Each call fails with a {@code CacheException} after at most one timeout (the default). */
  FAIL_FAST,
  /**
   * Serve from the near cache and the loader, flushing the near cache on recovery; read from
   * the file so that it can be named, but refused until it is built.
   */
  DEGRADE
}
