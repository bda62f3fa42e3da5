package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.codec.ClassFilter;
import io.tiercel.jcache.codec.JavaSerialization;
import io.tiercel.jcache.codec.KeyCodec;
import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.store.StoreListener;

/** Redis stores of strings for the store tests, on a gateway the test owns. */
public final class RedisStores {
  private RedisStores() {}

  /** Returns the store of cache {@code name} on {@code gateway}, keys and values strings. */
  public static RedisStore<String, String> strings(RedisGateway gateway, String name,
      StoreListener<String, String> listener) {
    var serialization = new JavaSerialization(RedisStores.class::getClassLoader,
        ClassFilter.defaults());
    return new RedisStore<>(gateway, name, KeyCodec.forType(String.class, serialization),
        ValueFormat.forType(String.class, serialization), listener);
  }
}
