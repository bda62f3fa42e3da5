package io.tiercel.jcache.config;

import io.tiercel.jcache.store.redis.RedisSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link RedisTopology} the {@code redis:} keys describe, with its rules.
 *
 * <ul>
 *   <li>A Redis is configured by {@code url} or {@code host} (standalone), {@code sentinel} or
 *       {@code cluster}: exactly one of the three.</li>
 *   <li>{@code url} names host, port, database, user, password and TLS at once; the separate
 *       keys, when also set, win over the URL's parts.</li>
 *   <li>Connection keys with no Redis configured are a problem when written in the file, and
 *       ignored when they come from the environment or properties (which other programs set
 *       too, such as Kubernetes' {@code REDIS_PORT}).</li>
 * </ul>
 */
final class RedisReader {
  private static final List<String> PARTS =
      List.of("redis.port", "redis.database", "redis.user", "redis.password", "redis.ssl");
  private static final Duration LONGEST_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  private RedisReader() {}

  /** Returns the topology {@code root} configures, or null for none. */
  static RedisTopology read(Values root, Problems problems) {
    Setting url = root.get("redis.url");
    Setting standalone = url != null ? url : root.get("redis.host");
    Setting sentinel = first(root, "redis.sentinel.");
    Setting cluster = first(root, "redis.cluster.");
    List<Setting> chosen = new ArrayList<>();
    for (Setting setting : new Setting[] {standalone, sentinel, cluster}) {
      if (setting != null) {
        chosen.add(setting);
      }
    }
    if (chosen.isEmpty()) {
      strayParts(root, PARTS, "no Redis is named; set redis.url, redis.host, redis.sentinel or"
          + " redis.cluster", problems);
      return null;
    }
    if (chosen.size() > 1) {
      problems.add(chosen.get(1).origin(), "redis", "configure one Redis topology, not "
          + chosen.stream().map(Setting::where).toList() + "; set exactly one of redis.url or"
          + " redis.host (one server), redis.sentinel, redis.cluster");
      return null;
    }
    RedisClientOptions options = options(root, url == null ? null
        : (RedisSettings) url.value(), problems);
    if (standalone != null) {
      return standalone(root, url == null ? null : (RedisSettings) url.value(), options);
    }
    strayParts(root, List.of("redis.port"), "it is the port of redis.host; write each"
        + " node as host:port", problems);
    return sentinel != null ? sentinel(root, options, problems) : cluster(root, options, problems);
  }

  private static RedisClientOptions options(Values root, RedisSettings url, Problems problems) {
    Duration timeout = root.value("redis.timeout", Duration.class, RedisSettings.DEFAULT_TIMEOUT);
    if (timeout.compareTo(LONGEST_TIMEOUT) > 0) {
      problems.add(root.get("redis.timeout").origin(), "redis.timeout",
          "is too long; at most " + LONGEST_TIMEOUT.toDays() + "d");
    }
    return new RedisClientOptions(
        root.value("redis.database", Integer.class, url == null ? 0 : url.database()),
        root.value("redis.ssl", Boolean.class, url != null && url.ssl()),
        root.value("redis.user", String.class, url == null ? null : url.user()),
        root.value("redis.password", String.class, url == null ? null : url.password()),
        timeout,
        root.value("redis.pool-size", Integer.class, RedisSettings.DEFAULT_POOL_SIZE),
        root.value("key-prefix", String.class, RedisSettings.DEFAULT_PREFIX));
  }

  private static RedisTopology standalone(Values root, RedisSettings url,
      RedisClientOptions options) {
    String host = root.value("redis.host", String.class, url == null ? null : url.host());
    int port = root.value("redis.port", Integer.class, url == null ? 6379 : url.port());
    return new RedisTopology.Standalone(new RedisNode(host, port), options);
  }

  @SuppressWarnings("unchecked")
  private static RedisTopology sentinel(Values root, RedisClientOptions options,
      Problems problems) {
    String master = root.value("redis.sentinel.master", String.class, null);
    List<RedisNode> nodes = root.value("redis.sentinel.nodes", List.class, List.of());
    Origin origin = first(root, "redis.sentinel.").origin();
    if (master == null) {
      problems.add(origin, "redis.sentinel.master", "is required with redis.sentinel: the name"
          + " the sentinels know the master by");
    }
    if (nodes.isEmpty()) {
      problems.add(origin, "redis.sentinel.nodes", "is required with redis.sentinel: a list of"
          + " sentinels, host:port");
    }
    return master == null || nodes.isEmpty() ? null
        : new RedisTopology.Sentinel(master, nodes,
            root.value("redis.sentinel.user", String.class, null),
            root.value("redis.sentinel.password", String.class, null), options);
  }

  @SuppressWarnings("unchecked")
  private static RedisTopology cluster(Values root, RedisClientOptions options,
      Problems problems) {
    List<RedisNode> nodes = root.value("redis.cluster.nodes", List.class, List.of());
    Setting database = root.get("redis.database");
    if (database != null && options.database() != 0) {
      problems.add(database.origin(), database.path(), "'" + options.database() + "' is not"
          + " allowed with redis.cluster: a cluster has database 0 only");
    }
    if (nodes.isEmpty()) {
      problems.add(first(root, "redis.cluster.").origin(), "redis.cluster.nodes",
          "is required with redis.cluster: a list of cluster nodes, host:port");
      return null;
    }
    return new RedisTopology.Cluster(nodes, options);
  }

  /** Records a problem for each of {@code keys} written in the file; overrides are ignored. */
  private static void strayParts(Values root, List<String> keys, String why,
      Problems problems) {
    for (String key : keys) {
      Setting setting = root.get(key);
      if (setting != null && setting.origin().isFile()) {
        problems.add(setting.origin(), key, "is set, but " + why);
      }
    }
  }

  private static Setting first(Values root, String prefix) {
    return root.settings().entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(prefix))
        .map(java.util.Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
