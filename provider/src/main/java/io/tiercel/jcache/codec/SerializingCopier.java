package io.tiercel.jcache.codec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import javax.cache.CacheException;

/**
 * Copies values through Java serialization, skipping immutable types.
 *
 * <p>Copies are resolved against the cache manager's class loader, so values of application
 * classes round-trip in containers. The bytes never leave the JVM, so no class filter applies.
 */
public final class SerializingCopier implements Copier {
  private final ClassLoader classLoader;

  /** Creates a copier that resolves classes through {@code classLoader}. */
  public SerializingCopier(ClassLoader classLoader) {
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
    T copy = (T) deserialize(serialize(object));
    return copy;
  }

  private static byte[] serialize(Object object) {
    var bytes = new ByteArrayOutputStream(256);
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    } catch (NotSerializableException e) {
      throw notSerializable(e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot copy an object of type "
          + object.getClass().getName() + " for store-by-value: " + e, e);
    }
    return bytes.toByteArray();
  }

  private Object deserialize(byte[] bytes) {
    try (var in = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read back a store-by-value copy", e);
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

  /** Resolves classes through a given class loader before the default one. */
  private static final class LoaderObjectInputStream extends ObjectInputStream {
    private final ClassLoader classLoader;

    LoaderObjectInputStream(InputStream in, ClassLoader classLoader) throws IOException {
      super(in);
      this.classLoader = classLoader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, classLoader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }

    @Override
    protected Class<?> resolveProxyClass(String[] interfaces)
        throws IOException, ClassNotFoundException {
      Class<?>[] types = new Class<?>[interfaces.length];
      for (int i = 0; i < interfaces.length; i++) {
        types[i] = Class.forName(interfaces[i], false, classLoader);
      }
      @SuppressWarnings("deprecation")
      Class<?> proxy = Proxy.getProxyClass(classLoader, types);
      return proxy;
    }
  }
}
