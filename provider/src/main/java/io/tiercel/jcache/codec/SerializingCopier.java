package io.tiercel.jcache.codec;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.function.Supplier;
import javax.cache.CacheException;

/**
 * Copies values through Java serialization, skipping immutable types.
 *
 * <p>Copies are resolved against the cache manager's class loader, so values of application
 * classes round-trip in containers. The bytes never leave the JVM, so no class filter applies.
 */
public final class SerializingCopier implements Copier {
  private final Supplier<ClassLoader> classLoader;

  /**
   * Creates a copier that resolves classes through the loader {@code classLoader} supplies (it
   * may supply null once that loader is gone; the thread's context loader is used then).
   */
  public SerializingCopier(Supplier<ClassLoader> classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public <T> T copy(T object) {
    if (object == null || ImmutableTypes.isImmutable(object.getClass())) {
      return object;
    }
    if (!(object instanceof Serializable)) {
      throw notSerializable(object.getClass().getName(), null);
    }
    @SuppressWarnings("unchecked")
    T copy = (T) deserialize(serialize(object), object.getClass());
    return copy;
  }

  private static byte[] serialize(Object object) {
    return JavaSerialization.write(object, SerializingCopier::notSerializable);
  }

  private Object deserialize(byte[] bytes, Class<?> type) {
    try (var in = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
      return in.readObject();
    } catch (IOException e) {
      throw new CacheException("Cannot read back the store-by-value copy of a " + type.getName()
          + ": " + e, e);
    } catch (ClassNotFoundException e) {
      throw new CacheException("Cannot read back a store-by-value copy: class " + e.getMessage()
          + " is not visible to the cache manager's class loader", e);
    }
  }

  private static IllegalArgumentException notSerializable(String className, Exception cause) {
    return new IllegalArgumentException("Cannot store an object of type " + className
        + " by value (as a key or a value): it is not java.io.Serializable. Make it"
        + " Serializable, or configure the cache with storeByValue=false", cause);
  }
}
