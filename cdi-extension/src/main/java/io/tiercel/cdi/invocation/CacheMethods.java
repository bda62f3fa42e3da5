package io.tiercel.cdi.invocation;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The {@link CacheMethod} of each (bean class, method) pair, read once and kept.
 *
 * <p>The container adapter reads every annotated method at deployment, so that mistakes are
 * reported then; a method first seen at call time (a bean another extension added) is read on
 * its first call.
 */
public final class CacheMethods {
  private final CacheMethodReader reader;
  private final ConcurrentMap<Key, Optional<CacheMethod>> methods = new ConcurrentHashMap<>();

  /** Creates an empty registry that reads methods with {@code reader}. */
  public CacheMethods(CacheMethodReader reader) {
    this.reader = reader;
  }

  /**
   * Returns the cache behaviour of {@code method} called on a {@code beanClass}.
   *
   * @return the behaviour, or empty if no cache annotation applies to the method
   * @throws CacheDefinitionException if the method's annotations are wrong
   */
  public Optional<CacheMethod> find(Class<?> beanClass, Method method) {
    Key key = new Key(beanClass, method);
    Optional<CacheMethod> known = methods.get(key);
    if (known != null) {
      return known;
    }
    return methods.computeIfAbsent(key, any -> reader.read(beanClass, method));
  }

  private record Key(Class<?> beanClass, Method method) {}
}
