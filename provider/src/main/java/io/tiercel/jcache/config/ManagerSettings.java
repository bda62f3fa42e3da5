package io.tiercel.jcache.config;

import io.tiercel.jcache.store.redis.RedisSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Properties;

/**
 * Where one cache manager keeps its caches, resolved from its URI, its properties, the system
 * properties and the environment, in that order.
 *
 * <ul>
 *   <li>A {@code redis://} or {@code rediss://} manager URI names the Redis itself. Otherwise the
 *       property {@code tiercel.redis.url} (manager properties, then system properties) or the
 *       environment variable {@code REDIS_URL} does; with none, there is no Redis.</li>
 *   <li>{@code tiercel.mode} (manager properties, then system properties) or {@code TIERCEL_MODE}
 *       chooses {@code local}, {@code redis} or {@code tiered}; the default is {@code tiered} with
 *       a Redis and {@code local} without.</li>
 * </ul>
 *
 * @param mode where entries are kept
 * @param redis the Redis to use, or null in {@link TierMode#LOCAL} mode
 */
public record ManagerSettings(TierMode mode, RedisSettings redis) {
  /** The property (manager or system) naming the Redis. */
  public static final String REDIS_URL_PROPERTY = "tiercel.redis.url";
  /** The environment variable naming the Redis. */
  public static final String REDIS_URL_VARIABLE = "REDIS_URL";
  /** The property (manager or system) choosing the mode. */
  public static final String MODE_PROPERTY = "tiercel.mode";
  /** The environment variable choosing the mode. */
  public static final String MODE_VARIABLE = "TIERCEL_MODE";

  /** The settings of a cache manager that keeps everything in this JVM. */
  public static final ManagerSettings LOCAL_ONLY = new ManagerSettings(TierMode.LOCAL, null);

  /**
   * Resolves the settings of the manager of {@code uri}.
   *
   * @throws IllegalArgumentException if a value is malformed or the mode needs a Redis that is
   *     not named, saying where the value came from and what is allowed
   */
  public static ManagerSettings resolve(URI uri, Properties properties, Properties system,
      Map<String, String> environment) {
    Setting url = isRedis(uri)
        ? new Setting(uri.toString(), "the cache manager URI")
        : Setting.find(REDIS_URL_PROPERTY, REDIS_URL_VARIABLE, properties, system, environment);
    Setting mode = Setting.find(MODE_PROPERTY, MODE_VARIABLE, properties, system, environment);
    RedisSettings redis = null;
    if (url != null) {
      try {
        redis = RedisSettings.fromUri(new URI(url.value().trim()));
      } catch (URISyntaxException e) {
        // The reason and index only: the input may hold a password.
        throw new IllegalArgumentException("The Redis location in " + url.source() + " is not a"
            + " URI (" + e.getReason() + " at index " + e.getIndex() + "); write"
            + " redis://[user:password@]host:port/database", null);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("The Redis location in " + url.source() + " is not"
            + " usable: " + e.getMessage(), e);
      }
    }
    TierMode chosen = mode == null
        ? (redis == null ? TierMode.LOCAL : TierMode.TIERED)
        : TierMode.parse(mode.value(), mode.source());
    if (chosen != TierMode.LOCAL && redis == null) {
      throw new IllegalArgumentException(mode.source() + " is '" + mode.value() + "', which"
          + " needs a Redis: set " + REDIS_URL_VARIABLE + " or " + REDIS_URL_PROPERTY
          + ", or ask for a cache manager with a redis:// URI");
    }
    return chosen == TierMode.LOCAL ? LOCAL_ONLY : new ManagerSettings(chosen, redis);
  }

  private static boolean isRedis(URI uri) {
    return "redis".equalsIgnoreCase(uri.getScheme())
        || "rediss".equalsIgnoreCase(uri.getScheme());
  }

  /** A value and where it came from, for messages. */
  private record Setting(String value, String source) {

    static Setting find(String property, String variable, Properties properties,
        Properties system, Map<String, String> environment) {
      String value = properties.getProperty(property);
      if (isSet(value)) {
        return new Setting(value, "the cache manager property " + property);
      }
      value = system.getProperty(property);
      if (isSet(value)) {
        return new Setting(value, "the system property " + property);
      }
      value = environment.get(variable);
      return isSet(value) ? new Setting(value, "the environment variable " + variable) : null;
    }

    private static boolean isSet(String value) {
      return value != null && !value.isBlank();
    }
  }
}
