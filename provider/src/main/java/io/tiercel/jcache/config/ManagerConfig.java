package io.tiercel.jcache.config;

import io.tiercel.jcache.codec.ClassFilter;
import io.tiercel.jcache.store.redis.RedisSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a cache manager is configured with, once the file, the overrides and the built-in
 * presets are read and checked: its mode and Redis, and the settings of each cache it may make.
 * Immutable; {@link #toString()} shows no password.
 */
public final class ManagerConfig {
  private final String source;
  private final TierMode mode;
  private final RedisTopology redis;
  private final Values root;
  private final ClassFilter classFilter;
  private final CacheCatalog caches;

  private ManagerConfig(String source, TierMode mode, RedisTopology redis, Values root,
      ClassFilter classFilter, CacheCatalog caches) {
    this.source = source;
    this.mode = mode;
    this.redis = redis;
    this.root = root;
    this.classFilter = classFilter;
    this.caches = caches;
  }

  /**
   * Reads the manager's settings from the checked {@code root} of its file.
   *
   * @throws ConfigurationException listing every problem found
   */
  @SuppressWarnings("unchecked")
  static ManagerConfig read(String source, Values root, Templates templates, Problems problems) {
    RedisTopology redis = RedisReader.read(root, problems);
    TierMode mode = mode(root, redis, problems);
    Setting failure = root.get("failure-mode");
    if (failure != null && failure.value() == FailureMode.DEGRADE) {
      problems.add(failure.origin(), failure.path(), "'degrade' is not available yet; allowed"
          + " now: fail-fast");
    }
    List<String> allowed = root.value("class-filter.allow", List.class, List.of());
    ClassFilter filter = allowed.isEmpty() ? ClassFilter.defaults()
        : ClassFilter.allowOnly(allowed);
    CacheCatalog caches = CacheCatalog.build(templates, root, filter, problems);
    problems.throwIfAny();
    return new ManagerConfig(source, mode, redis, root, filter, caches);
  }

  private static TierMode mode(Values root, RedisTopology redis, Problems problems) {
    Setting mode = root.get("mode");
    if (mode == null) {
      return redis == null ? TierMode.LOCAL : TierMode.TIERED;
    }
    boolean redisNamed = root.settings().keySet().stream().anyMatch(key ->
        key.equals("redis.url") || key.equals("redis.host") || key.startsWith("redis.sentinel.")
            || key.startsWith("redis.cluster."));
    if (mode.value() != TierMode.LOCAL && redis == null && !redisNamed) {
      problems.add(mode.origin(), mode.path(), "'" + Kind.nameOf((TierMode) mode.value())
          + "' needs a Redis: set redis.url, redis.host, redis.sentinel or redis.cluster (or"
          + " the environment variable REDIS_URL), or ask for a cache manager with a redis://"
          + " URI");
    }
    return (TierMode) mode.value();
  }

  /** Returns the file read ({@code classpath:tiercel.yaml}), or {@code built-in defaults}. */
  public String source() {
    return source;
  }

  /** Returns where entries are kept: {@code mode}, else tiered with a Redis, else local. */
  public TierMode mode() {
    return mode;
  }

  /** Returns the Redis, if one is configured (it is ignored in local mode). */
  public Optional<RedisTopology> redis() {
    return Optional.ofNullable(redis);
  }

  /**
   * Returns the settings the Redis store connects with when the Redis is one server, or empty
   * (no Redis, or Sentinel or Cluster).
   */
  public Optional<RedisSettings> standaloneRedis() {
    return redis instanceof RedisTopology.Standalone standalone
        ? Optional.of(standalone.settings())
        : Optional.empty();
  }

  /** Returns the first part of every key in Redis ({@code tiercel} by default). */
  public String keyPrefix() {
    return root.value("key-prefix", String.class, RedisSettings.DEFAULT_PREFIX);
  }

  /** Returns how near caches are kept in step with Redis ({@code tracking} by default). */
  public CoherenceMode coherence() {
    return root.value("coherence", CoherenceMode.class, CoherenceMode.TRACKING);
  }

  /** Returns what happens while Redis cannot be reached ({@code fail-fast}, for now the only). */
  public FailureMode failureMode() {
    return root.value("failure-mode", FailureMode.class, FailureMode.FAIL_FAST);
  }

  /** Returns the filter Java-serialized data read from Redis goes through. */
  public ClassFilter classFilter() {
    return classFilter;
  }

  /** Returns whether {@code getCache} of a name the file does not configure creates it. */
  public boolean createUnknownCaches() {
    return root.value("create-unknown-caches", Boolean.class, false);
  }

  /**
   * Returns the settings {@code getCache(name)} creates the cache with: those of the entry of
   * {@code caches:} with that name, else of the most specific pattern matching it, else, with
   * {@code create-unknown-caches}, of the {@code default} preset; else empty (the cache is
   * unknown, and {@code getCache} returns null as JCache requires).
   */
  public Optional<CacheSettings> findCache(String name) {
    return caches.find(name);
  }

  /**
   * Returns the settings {@code createCache(name, configuration)} merges the code's
   * configuration over ({@link CacheSettings#merge}): as {@link #findCache}, else those of the
   * {@code default} preset.
   */
  public CacheSettings templateFor(String name) {
    return caches.templateFor(name);
  }

  /** Returns the settings of the preset {@code name}, built in or from the file. */
  public Optional<CacheSettings> preset(String name) {
    return Optional.ofNullable(caches.preset(name));
  }

  /** Returns the names of every preset. */
  public Set<String> presetNames() {
    return caches.presetNames();
  }

  /** Returns the caches the file names exactly (not by pattern), in the order written. */
  public Set<String> cacheNames() {
    return caches.cacheNames();
  }

  /** Returns the cache name patterns of the file, most specific first. */
  public List<String> cachePatterns() {
    return caches.patterns();
  }

  @Override
  public String toString() {
    return "ManagerConfig[source=" + source + ", mode=" + Kind.nameOf(mode) + ", redis="
        + (redis == null ? "none" : redis.describe()) + ", keyPrefix=" + keyPrefix()
        + ", coherence=" + Kind.nameOf(coherence()) + ", caches=" + cacheNames()
        + ", patterns=" + cachePatterns() + ", presets=" + presetNames() + "]";
  }
}
