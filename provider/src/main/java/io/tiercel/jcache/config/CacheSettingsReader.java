package io.tiercel.jcache.config;

import io.tiercel.jcache.codec.ClassFilter;
import io.tiercel.jcache.store.tiered.NearCacheSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a cache's {@link CacheSettings} from its keys after presets were layered under them,
 * and records what does not fit together. A problem names the key at fault where it was written,
 * so a preset's mistake is reported once, not once per cache using it.
 */
final class CacheSettingsReader {
  private final Map<String, Setting> keys;
  private final Problems problems;
  private boolean valid = true;

  private CacheSettingsReader(Map<String, Setting> keys, Problems problems) {
    this.keys = keys;
    this.problems = problems;
  }

  /** Returns the settings of the cache or preset at {@code source}, or null if they are bad. */
  static CacheSettings read(String source, Map<String, Setting> keys, ClassFilter filter,
      Problems problems) {
    var reader = new CacheSettingsReader(keys, problems);
    ExpirySettings expiry = reader.expiry();
    NearCacheLimits nearCache = reader.nearCache();
    CodecSettings codec = reader.codec(filter);
    IntegrationSettings integration = reader.integration();
    if (!reader.valid) {
      return null;
    }
    return new CacheSettings(source, expiry, nearCache, codec, integration,
        reader.value("store-by-value", Boolean.class, true),
        reader.value("statistics", Boolean.class, false),
        reader.value("management", Boolean.class, false));
  }

  private ExpirySettings expiry() {
    var policy = value("expiry.policy", ExpirySettings.Policy.class,
        ExpirySettings.Policy.ETERNAL);
    Duration duration = value("expiry.duration", Duration.class, null);
    if (policy == ExpirySettings.Policy.ETERNAL) {
      Setting policySetting = keys.get("expiry.policy");
      boolean defaultPolicy = policySetting == null
          || policySetting.origin().source().equals(BuiltInPresets.SOURCE);
      if (keys.containsKey("expiry.duration") && defaultPolicy) {
        // A duration alone would be silently ignored: entries would never expire.
        return invalid("expiry.duration", "is set, but no expiry.policy says what it counts"
            + " from; add expiry.policy: created, accessed, modified or touched");
      }
      return ExpirySettings.ETERNAL;
    }
    if (duration == null) {
      return invalid("expiry.policy", "'" + Kind.nameOf(policy) + "' needs an expiry.duration,"
          + " and none is set there or in its presets");
    }
    if (duration.toMillis() < 1) {
      return invalid("expiry.duration", "is shorter than the shortest expiry, 1ms");
    }
    return new ExpirySettings(policy, duration);
  }

  private NearCacheLimits nearCache() {
    long maxWeight = value("near-cache.max-weight", Long.class, -1L);
    Class<?> weigher = value("near-cache.weigher", Class.class, null);
    if (maxWeight >= 0 && weigher == null) {
      return invalid("near-cache.max-weight", "needs near-cache.weigher, a Caffeine Weigher"
          + " class");
    }
    if (weigher != null && maxWeight < 0) {
      return invalid("near-cache.weigher", "is set, but near-cache.max-weight is not");
    }
    return new NearCacheLimits(value("near-cache.enabled", Boolean.class, true),
        value("near-cache.max-entries", Long.class, -1L),
        value("near-cache.max-bytes", Long.class, -1L), maxWeight, weigher,
        value("near-cache.time-cap", Duration.class, NearCacheSettings.DEFAULT_TIME_CAP));
  }

  private CodecSettings codec(ClassFilter filter) {
    Class<?> valueType = value("value-type", Class.class, Object.class);
    CodecChoice codec = value("codec", CodecChoice.class, CodecChoice.AUTO);
    String mismatch = CodecSettings.mismatch(codec, valueType);
    if (mismatch != null) {
      return invalid("codec", "'" + Kind.nameOf(codec) + "' " + mismatch + " (value-type is "
          + valueType.getName() + ")");
    }
    return new CodecSettings(value("key-type", Class.class, Object.class), valueType, codec,
        filter);
  }

  @SuppressWarnings("unchecked")
  private IntegrationSettings integration() {
    Class<?> loader = value("loader", Class.class, null);
    Class<?> writer = value("writer", Class.class, null);
    boolean readThrough = value("read-through", Boolean.class, loader != null);
    boolean writeThrough = value("write-through", Boolean.class, writer != null);
    if (readThrough && loader == null) {
      return invalid("read-through", "is true, but no loader is set there or in its presets");
    }
    if (writeThrough && writer == null) {
      return invalid("write-through", "is true, but no writer is set there or in its presets");
    }
    List<ListenerSettings> listeners = new ArrayList<>();
    for (Values item : (List<Values>) value("listeners", List.class, List.of())) {
      Class<?> listener = item.value("class", Class.class, null);
      if (listener == null) {
        problems.add(item.origin(), item.path(), "names no class; write class: and the"
            + " listener's class name");
        valid = false;
        continue;
      }
      listeners.add(new ListenerSettings(listener,
          item.value("filter", Class.class, null),
          item.value("old-value", Boolean.class, false),
          item.value("synchronous", Boolean.class, false)));
    }
    return new IntegrationSettings(loader, readThrough, writer, writeThrough, listeners);
  }

  private <T> T value(String key, Class<T> type, T fallback) {
    Setting setting = keys.get(key);
    return setting == null ? fallback : type.cast(setting.value());
  }

  private <T> T invalid(String key, String problem) {
    Setting setting = keys.get(key);
    problems.add(setting.origin(), setting.path(), problem);
    valid = false;
    return null;
  }
}
