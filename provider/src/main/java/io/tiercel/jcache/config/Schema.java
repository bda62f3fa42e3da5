package io.tiercel.jcache.config;

import com.github.benmanes.caffeine.cache.Weigher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEventFilter;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryRemovedListener;
import javax.cache.event.CacheEntryUpdatedListener;
import javax.cache.integration.CacheLoader;
import javax.cache.integration.CacheWriter;

/**
 * Every key the configuration may hold, where it may appear and what values it takes: the one
 * declaration the file, the overrides and the "did you mean" hints are checked against.
 */
final class Schema {
  /** The keys of a cache, a preset's too. */
  private static final Group CACHE_KEYS = new Builder()
      .group("expiry", new Builder()
          .leaf("policy", Kind.of(ExpirySettings.Policy.class))
          .leaf("duration", Kind.duration())
          .build())
      .group("near-cache", new Builder()
          .leaf("enabled", Kind.bool())
          .leaf("max-entries", Kind.count(0, Long.MAX_VALUE, "a number of entries"))
          .leaf("max-bytes", Kind.bytes())
          .leaf("max-weight", Kind.count(0, Long.MAX_VALUE, "a weight"))
          .leaf("weigher", ClassNames.implementing(Weigher.class))
          .leaf("time-cap", Kind.duration())
          .replaces("max-entries", "max-bytes", "max-weight", "weigher")
          .replaces("max-bytes", "max-entries", "max-weight", "weigher")
          .replaces("max-weight", "max-entries", "max-bytes")
          .build())
      .leaf("store-by-value", Kind.bool())
      .leaf("statistics", Kind.bool())
      .leaf("management", Kind.bool())
      .leaf("loader", ClassNames.implementing(CacheLoader.class))
      .leaf("read-through", Kind.bool())
      .leaf("writer", ClassNames.implementing(CacheWriter.class))
      .leaf("write-through", Kind.bool())
      .records("listeners", new Builder()
          .leaf("class", ClassNames.implementing(CacheEntryCreatedListener.class,
              CacheEntryUpdatedListener.class, CacheEntryRemovedListener.class,
              CacheEntryExpiredListener.class))
          .leaf("filter", ClassNames.implementing(CacheEntryEventFilter.class))
          .leaf("old-value", Kind.bool())
          .leaf("synchronous", Kind.bool())
          .build(), "class")
      .leaf("key-type", ClassNames.type())
      .leaf("value-type", ClassNames.type())
      .leaf("codec", Kind.of(CodecChoice.class))
      .build();

  /** The keys of one entry of {@code presets:}. */
  static final Group PRESET = new Builder().leaf("extends", Kind.text()).include(CACHE_KEYS)
      .build();

  /** The keys of one entry of {@code caches:}. */
  static final Group CACHE = new Builder().leaf("preset", Kind.text()).include(CACHE_KEYS)
      .build();

  private static final Group REDIS = new Builder()
      .leaf("url", Kind.redisUrl())
      .leaf("host", Kind.host())
      .leaf("port", Kind.number(1, 65535, "a port"))
      .leaf("database", Kind.number(0, Integer.MAX_VALUE, "a database number"))
      .leaf("user", Kind.text())
      .leaf("password", Kind.secret())
      .leaf("ssl", Kind.bool())
      .leaf("timeout", Kind.duration())
      .leaf("pool-size", Kind.number(1, 10_000, "a pool size"))
      .group("sentinel", new Builder()
          .leaf("master", Kind.text())
          .list("nodes", Kind.node())
          .leaf("user", Kind.text())
          .leaf("password", Kind.secret())
          .build())
      .group("cluster", new Builder().list("nodes", Kind.node()).build())
      .replaces("url", "host", "port", "database", "user", "password", "ssl")
      .build();

  /** The keys at the top of the file. */
  static final Group ROOT = new Builder()
      .leaf("mode", Kind.of(TierMode.class))
      .leaf("key-prefix", Kind.keyPrefix())
      .leaf("coherence", Kind.of(CoherenceMode.class))
      .leaf("failure-mode", Kind.of(FailureMode.class))
      .leaf("create-unknown-caches", Kind.bool())
      .group("class-filter", new Builder().list("allow", Kind.classPattern()).build())
      .group("redis", REDIS)
      .named("presets", PRESET, "extends")
      .named("caches", CACHE, "preset")
      .build();

  private Schema() {}

  /** The shape of a key's value. */
  sealed interface Shape permits Leaf, Group, Named, Records {}

  /** A value of {@code kind}; with {@code list}, a list of them (or a comma-separated text). */
  record Leaf(Kind kind, boolean list) implements Shape {}

  /**
   * A mapping of fixed keys; setting a key of {@code replaces} in a more specific place (an
   * override, a cache over its preset) also drops the keys it names there.
   */
  record Group(Map<String, Shape> keys, Map<String, List<String>> replaces) implements Shape {
    /**
     * Returns the dotted paths, below this group, of the keys that setting the leaf at the dotted
     * {@code path} drops beside it.
     */
    List<String> replacedBy(String path) {
      int dot = path.lastIndexOf('.');
      Group parent = parentOf(path);
      if (parent == null) {
        return List.of();
      }
      String prefix = path.substring(0, dot + 1);
      return parent.replaces.getOrDefault(path.substring(dot + 1), List.of()).stream()
          .map(key -> prefix + key)
          .toList();
    }

    /** Returns the dotted paths of every single value below this group. */
    List<String> leafPaths() {
      List<String> paths = new ArrayList<>();
      keys.forEach((key, shape) -> {
        if (shape instanceof Leaf) {
          paths.add(key);
        } else if (shape instanceof Group group) {
          group.leafPaths().forEach(path -> paths.add(key + "." + path));
        }
      });
      return paths;
    }

    /** Returns the group holding the leaf at the dotted {@code path}, or null. */
    Group parentOf(String path) {
      int dot = path.indexOf('.');
      if (dot < 0) {
        return keys.get(path) instanceof Leaf ? this : null;
      }
      return keys.get(path.substring(0, dot)) instanceof Group group
          ? group.parentOf(path.substring(dot + 1))
          : null;
    }
  }

  /** A mapping of names the user chooses to entries of {@code entry}'s keys. */
  record Named(Group entry, String shorthand) implements Shape {}

  /** A list of mappings of {@code item}'s keys; a single value means {@code shorthand: value}. */
  record Records(Group item, String shorthand) implements Shape {}

  /** Declares a group's keys in the order messages list them. */
  private static final class Builder {
    private final Map<String, Shape> keys = new LinkedHashMap<>();
    private final Map<String, List<String>> replaces = new LinkedHashMap<>();

    Builder leaf(String key, Kind kind) {
      keys.put(key, new Leaf(kind, false));
      return this;
    }

    Builder list(String key, Kind kind) {
      keys.put(key, new Leaf(kind, true));
      return this;
    }

    Builder group(String key, Group group) {
      keys.put(key, group);
      return this;
    }

    Builder named(String key, Group entry, String shorthand) {
      keys.put(key, new Named(entry, shorthand));
      return this;
    }

    Builder records(String key, Group item, String shorthand) {
      keys.put(key, new Records(item, shorthand));
      return this;
    }

    Builder include(Group group) {
      keys.putAll(group.keys());
      group.replaces().forEach(replaces::put);
      return this;
    }

    Builder replaces(String key, String... others) {
      replaces.put(key, List.of(others));
      return this;
    }

    Group build() {
      return new Group(Collections.unmodifiableMap(new LinkedHashMap<>(keys)),
          Map.copyOf(replaces));
    }
  }
}
