package io.tiercel.jcache.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/** Resolves classes through a given class loader before the default one. */
final class LoaderObjectInputStream extends ObjectInputStream {
  private final ClassLoader classLoader;

  /**
   * Reads {@code in} resolving classes through the loader {@code classLoader} supplies, or the
   * thread's context loader once it supplies null (its application is gone).
   */
  LoaderObjectInputStream(InputStream in, Supplier<ClassLoader> classLoader) throws IOException {
    super(in);
    ClassLoader loader = classLoader.get();
    this.classLoader = loader != null ? loader : Thread.currentThread().getContextClassLoader();
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
