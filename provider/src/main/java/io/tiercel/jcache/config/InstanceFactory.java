package io.tiercel.jcache.config;

import java.lang.reflect.InvocationTargetException;
import java.util.Objects;
import javax.cache.CacheException;
import javax.cache.configuration.Factory;

/**
 * Creates instances of a class the file names (a loader, writer, listener, filter or weigher)
 * through its public constructor without parameters; equal to any factory of the same class
 * for the same key, so configurations built twice from the file are equal.
 *
 * @param type the class, already checked to be concrete and of the right kind
 * @param key the key that named it, for messages ({@code caches.users.loader})
 */
record InstanceFactory<T>(Class<?> type, String key) implements Factory<T> {
  private static final long serialVersionUID = 1L;

  InstanceFactory {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
  }

  /** Returns the factory of {@code type}, named by {@code key}. */
  static <T> InstanceFactory<T> of(Class<?> type, String key) {
    return new InstanceFactory<>(type, key);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T create() {
    try {
      return (T) type.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new CacheException("Could not create " + type.getName() + " (" + key + "): its"
          + " constructor threw " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new CacheException("Could not create " + type.getName() + " (" + key + "): " + e,
          e);
    }
  }
}
