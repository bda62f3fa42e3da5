package io.tiercel.jcache.integration;

import java.util.Set;
import javax.cache.integration.CacheWriterException;

/**
 * The outcome of a batch sent to a cache writer.
 *
 * @param succeeded the keys the writer handled; only these may change in the cache
 * @param failure what the writer threw, or {@code null}
 * @param <K> the key type
 */
public record Batch<K>(Set<K> succeeded, CacheWriterException failure) {

  /** Throws the writer's failure, if there was one. */
  public void rethrow() {
    if (failure != null) {
      throw failure;
    }
  }
}
