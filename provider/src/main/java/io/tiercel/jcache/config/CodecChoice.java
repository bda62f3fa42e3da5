package io.tiercel.jcache.config;

/** How a cache's values are written in Redis, as its {@code codec:} key says. */
public enum CodecChoice {
  /** By the declared value type, as Tiercel does without configuration (the default). */
  AUTO,
  /** JSON through Jackson; needs a declared value type to read the JSON back into. */
  JSON,
  /** Java serialization, read back through the class filter. */
  JAVA,
  /** UTF-8 text; the value type must be {@code String}. */
  STRING,
  /** The bytes themselves; the value type must be {@code byte[]}. */
  BYTES
}
