package io.tiercel.jcache.store;

/**
 * What a store counts beyond JCache's statistics: how reads split between the near cache and
 * Redis, and how many stored values could not be read.
 *
 * @param nearHits reads a near-cache copy served, with no round trip
 * @param nearMisses reads that went to Redis (found there or not)
 * @param unreadableValues values or keys in Redis that did not decode (foreign or corrupt bytes),
 *     each treated as absent
 */
public record TierStatistics(long nearHits, long nearMisses, long unreadableValues) {
  /** The statistics of a store with no near cache and nothing to decode. */
  public static final TierStatistics NONE = new TierStatistics(0, 0, 0);
}
