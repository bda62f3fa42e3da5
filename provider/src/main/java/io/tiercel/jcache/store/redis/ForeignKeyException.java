package io.tiercel.jcache.store.redis;

import javax.cache.CacheException;

/**
 * A key under a cache's prefix holds a Redis type other than a string: another program's data,
 * which reads take as an absent entry.
 */
final class ForeignKeyException extends CacheException {
  private static final long serialVersionUID = 1L;

  ForeignKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
