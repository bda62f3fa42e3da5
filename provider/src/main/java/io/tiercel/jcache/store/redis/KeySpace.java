package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.codec.KeyCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where one cache's entries live in Redis: {@code <prefix>:<cache>:<encoded key>}.
 *
 * <ul>
 *   <li>The cache name is written as it is, except {@code %} and {@code :}, which are escaped as
 *       {@code %25} and {@code %3A}, so the name always ends at the second colon.</li>
 *   <li>The key is its {@link KeyCodec} encoding: {@code app:users:123}.</li>
 * </ul>
 */
final class KeySpace<K> {
  private final byte[] cachePrefix;
  private final KeyCodec<K> codec;

  KeySpace(String keyPrefix, String cacheName, KeyCodec<K> codec) {
    this.cachePrefix = (keyPrefix + ":" + escape(cacheName) + ":")
        .getBytes(StandardCharsets.UTF_8);
    this.codec = codec;
  }

  /** Returns the Redis key of {@code key}. */
  byte[] key(K key) {
    return withPrefix(codec.encode(key));
  }

  /** Returns the name of {@code key} after the cache's prefix: its encoding. */
  byte[] name(K key) {
    return codec.encode(key);
  }

  /** Returns the Redis key of the key named {@code name}. */
  byte[] withPrefix(byte[] name) {
    byte[] full = Arrays.copyOf(cachePrefix, cachePrefix.length + name.length);
    System.arraycopy(name, 0, full, cachePrefix.length, name.length);
    return full;
  }

  /** Returns the cache key a Redis key of this cache names. */
  K keyOf(byte[] redisKey) {
    return codec.decode(redisKey, cachePrefix.length, redisKey.length - cachePrefix.length);
  }

  /** Returns the {@code SCAN MATCH} pattern of every key of this cache. */
  byte[] pattern() {
    StringBuilder glob = new StringBuilder();
    for (char c : new String(cachePrefix, StandardCharsets.UTF_8).toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        glob.append('\\');
      }
      glob.append(c);
    }
    return glob.append('*').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the cache's segment of every key: its name, escaped. */
  static String escape(String cacheName) {
    return cacheName.replace("%", "%25").replace(":", "%3A");
  }
}
