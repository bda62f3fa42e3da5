package io.tiercel.jcache.store.redis;

import javax.cache.CacheException;

/**
 * Redis could not be reached, or did not answer within the timeout: the operation's outcome is
 * unknown, unlike a {@link CacheException} for a command Redis refused.
 */
public final class RedisUnavailableException extends CacheException {
  private static final long serialVersionUID = 1L;

  RedisUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
