package io.tiercel.jcache.config;

import io.tiercel.jcache.store.redis.RedisSettings;
import java.util.List;
import java.util.Objects;

/**
 * The Redis a cache manager uses: one server, a Sentinel-watched master, or a Cluster; each
 * matches one Jedis client ({@code RedisClient}, {@code RedisSentinelClient},
 * {@code RedisClusterClient}). Nothing here shows a password.
 */
public sealed interface RedisTopology {

  /** Returns how connections are made. */
  RedisClientOptions options();

  /** Returns the topology for logs and messages: servers and user, no password. */
  String describe();

  /** One Redis server. */
  record Standalone(RedisNode node, RedisClientOptions options) implements RedisTopology {
    public Standalone {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(options, "options");
    }

    /** Returns the settings the Redis store connects with. */
    public RedisSettings settings() {
      return options.at(node);
    }

    @Override
    public String describe() {
      return settings().describe();
    }

    @Override
    public String toString() {
      return "Standalone[" + node + ", " + options + "]";
    }
  }

  /**
   * A master found through Sentinel.
   *
   * @param master the name the sentinels know the master by
   * @param sentinels the sentinels to ask
   * @param sentinelUser the ACL user of the sentinels, or null
   * @param sentinelPassword the password of the sentinels, or null; never shown
   * @param options how connections to the master are made
   */
  record Sentinel(String master, List<RedisNode> sentinels, String sentinelUser,
      String sentinelPassword, RedisClientOptions options) implements RedisTopology {
    public Sentinel {
      Objects.requireNonNull(master, "master");
      sentinels = List.copyOf(sentinels);
      Objects.requireNonNull(options, "options");
    }

    @Override
    public String describe() {
      return "sentinel master " + master + " via " + sentinels + " database "
          + options.database();
    }

    @Override
    public String toString() {
      return "Sentinel[master=" + master + ", sentinels=" + sentinels + ", sentinelUser="
          + sentinelUser + ", sentinelPassword=" + (sentinelPassword == null ? "none" : "****")
          + ", " + options + "]";
    }
  }

  /** A Redis Cluster, reached through any of its nodes. */
  record Cluster(List<RedisNode> nodes, RedisClientOptions options) implements RedisTopology {
    public Cluster {
      nodes = List.copyOf(nodes);
      Objects.requireNonNull(options, "options");
    }

    @Override
    public String describe() {
      return "cluster " + nodes;
    }

    @Override
    public String toString() {
      return "Cluster[" + nodes + ", " + options + "]";
    }
  }
}
