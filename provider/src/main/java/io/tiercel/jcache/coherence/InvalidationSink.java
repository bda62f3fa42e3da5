package io.tiercel.jcache.coherence;

/** A near cache, as invalidations reach it: one key at a time, or everything at once. */
public interface InvalidationSink {

  /**
   * Drops the copy of the entry whose key, as the authority names it, is
   * {@code name[offset, name.length)} (the part after the cache's own prefix).
   */
  void invalidate(byte[] name, int offset);

  /** Drops every copy. */
  void invalidateAll();
}
