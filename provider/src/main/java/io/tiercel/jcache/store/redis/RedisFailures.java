package io.tiercel.jcache.store.redis;

import java.util.NoSuchElementException;
import javax.cache.CacheException;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * What a failure talking to Redis means to the cache: every Jedis exception becomes a
 * {@link CacheException} naming the server (never the password), of a type that says whether
 * Redis was unavailable, refused a command, or holds another program's key.
 */
final class RedisFailures {
  private final ConnectionSource connections;

  RedisFailures(ConnectionSource connections) {
    this.connections = connections;
  }

  /** Turns a Jedis failure into the exception the cache throws, naming the server. */
  CacheException translate(RuntimeException e) {
    if (e instanceof CacheException cache) {
      return cache;
    }
    RedisSettings settings = connections.settings();
    String server = connections.describe();
    if (e instanceof JedisAccessControlException) {
      return new CacheException("Redis at " + server + " refused the credentials"
          + (settings.user() == null ? "" : " of user '" + settings.user() + "'") + ": "
          + redact(e.getMessage()) + ". Check the password in the Redis URI or REDIS_PASSWORD",
          null);
    }
    if (e instanceof JedisConnectionException) {
      return new RedisUnavailableException("Redis at " + server + " could not be reached or"
          + " did not answer within " + settings.timeout().toMillis() + " ms: "
          + redact(String.valueOf(e.getMessage())), e);
    }
    if (e.getCause() instanceof NoSuchElementException) {
      return new RedisUnavailableException("No connection to Redis at " + server
          + " was free within " + settings.timeout().toMillis() + " ms (pool of "
          + settings.poolSize() + "): " + redact(e.getMessage()), e);
    }
    if (e instanceof JedisDataException && String.valueOf(e.getMessage()).startsWith("WRONGTYPE")) {
      return new ForeignKeyException("Redis at " + server + " holds a key of another type under"
          + " this cache's name: " + redact(e.getMessage()), e);
    }
    if (e instanceof JedisDataException) {
      return new CacheException("Redis at " + server + " refused a command: "
          + redact(e.getMessage()), e);
    }
    return new CacheException("Redis at " + server + " failed: " + redact(String.valueOf(e)), e);
  }

  /** Removes the passwords from a message that might echo it. */
  private String redact(String message) {
    String redacted = message;
    for (String password : connections.passwords()) {
      if (redacted != null && password.length() >= 3) {
        redacted = redacted.replace(password, "****");
      }
    }
    return redacted;
  }
}
