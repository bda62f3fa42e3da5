package io.tiercel.jcache.config;

/**
 * The presets every configuration starts with, as YAML: a file's preset of the same name
 * changes the keys it sets and keeps the rest. Every preset extends {@code default}, which holds
 * JCache's defaults, so a cache configured by name alone behaves as {@code new
 * MutableConfiguration()} does.
 *
 * <ul>
 *   <li>Near-cache time caps stay well under the expiry, so a copy missed by an invalidation
 *       (the only way one can be stale) is dropped soon; {@code session} keeps them shortest,
 *       so a logout reaches every JVM quickly even then.</li>
 *   <li>Results that vary in size ({@code query}, {@code agent}) are bounded by bytes, the rest
 *       by entries; {@code rate-limit} counters change on every call, so they skip the near
 *       cache.</li>
 * </ul>
 */
final class BuiltInPresets {
  /** Names them in messages. */
  static final String SOURCE = "built-in presets";

  /** The name of the preset under every other, and of unknown caches. */
  static final String DEFAULT = "default";

  static final String YAML = """
      presets:
        default:
          expiry: {policy: eternal}
          near-cache: {enabled: true, time-cap: 10m}
          store-by-value: true
          statistics: false
          management: false
          key-type: java.lang.Object
          value-type: java.lang.Object
          codec: auto
        session:
          expiry: {policy: touched, duration: 1h}
          near-cache: {max-entries: 10000, time-cap: 30s}
        query:
          expiry: {policy: created, duration: 5m}
          near-cache: {max-bytes: 64MB, time-cap: 1m}
        agent:
          expiry: {policy: touched, duration: 30m}
          near-cache: {max-bytes: 32MB, time-cap: 1m}
        api:
          expiry: {policy: created, duration: 1m}
          near-cache: {max-entries: 10000, time-cap: 15s}
        static:
          expiry: {policy: created, duration: 24h}
          near-cache: {max-entries: 50000, time-cap: 1h}
        preferences:
          expiry: {policy: modified, duration: 2h}
          near-cache: {max-entries: 10000, time-cap: 5m}
        rate-limit:
          expiry: {policy: created, duration: 1m}
          near-cache: {enabled: false}
      """;

  private BuiltInPresets() {}
}
