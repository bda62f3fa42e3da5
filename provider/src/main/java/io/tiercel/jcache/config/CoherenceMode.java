package io.tiercel.jcache.config;

/** How a tiered cache manager keeps near-cache copies in step with Redis. */
public enum CoherenceMode {
  /** Redis's client-side caching invalidations drop changed copies at once (the default). */
  TRACKING,
  /** No invalidations: a copy lives until its entry's deadline or the near cache's time cap. */
  NONE
}
