package io.tiercel.jcache.config;

import io.tiercel.jcache.store.redis.RedisSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How every connection to a Redis topology is made, whichever server it reaches; immutable, and
 * never shows the password.
 *
 * @param database the database number ({@code SELECT}); 0 in a cluster
 * @param ssl whether to connect with TLS
 * @param user the ACL user, or null for the default user
 * @param password the password, or null
 * @param timeout the longest any call waits
 * @param poolSize the most connections the cache manager opens for commands
 * @param keyPrefix the first part of every key
 */
public record RedisClientOptions(int database, boolean ssl, String user, String password,
    Duration timeout, int poolSize, String keyPrefix) {

  public RedisClientOptions {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
  }

  /** Returns the settings of a connection to {@code node} with these options. */
  public RedisSettings at(RedisNode node) {
    return new RedisSettings(node.host(), node.port(), database, ssl, user, password, timeout,
        poolSize, keyPrefix);
  }

  @Override
  public String toString() {
    return "RedisClientOptions[database=" + database + ", ssl=" + ssl + ", user=" + user
        + ", password=" + (password == null ? "none" : "****") + ", timeout=" + timeout
        + ", poolSize=" + poolSize + ", keyPrefix=" + keyPrefix + "]";
  }
}
