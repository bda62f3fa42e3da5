package io.tiercel.cdi;

import io.tiercel.cdi.annotation.NamedCache;
import io.tiercel.cdi.resolver.CacheLookup;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.Configuration;

/**
 * Produces the caches injected with {@link NamedCache}, from the application's
 * {@code CacheManager}.
 *
 * <p>The manager is looked up when a cache is produced rather than injected, so that two
 * {@code CacheManager} beans are reported by the extension, with the way to fix it.
 *
 * <ul>
 *   <li>The cache is the one the manager has or is configured to create under that name, else a
 *       new one with the default configuration, as for the annotations.</li>
 *   <li>If the cache was configured with key or value types, the injection point's type
 *       arguments must accept them, or injection fails with a {@code ClassCastException}
 *       naming both.</li>
 * </ul>
 */
public class CacheProducer {

  /** Returns the cache the injection point names. */
  @Produces
  @NamedCache("")
  public <K, V> Cache<K, V> cache(InjectionPoint injectionPoint,
      Instance<CacheManager> manager) {
    String name = name(injectionPoint);
    Cache<K, V> cache = CacheLookup.getOrCreate(manager.get(), name);
    if (injectionPoint.getType() instanceof ParameterizedType requested) {
      @SuppressWarnings("unchecked")
      Configuration<?, ?> configuration = cache.getConfiguration(Configuration.class);
      Type[] arguments = requested.getActualTypeArguments();
      checkType(name, "key", configuration.getKeyType(), arguments[0], injectionPoint);
      checkType(name, "value", configuration.getValueType(), arguments[1], injectionPoint);
    }
    return cache;
  }

  private static String name(InjectionPoint injectionPoint) {
    for (var qualifier : injectionPoint.getQualifiers()) {
      if (qualifier instanceof NamedCache named && !named.value().isBlank()) {
        return named.value();
      }
    }
    throw new IllegalArgumentException("@NamedCache names no cache at " + injectionPoint);
  }

  private static void checkType(String name, String role, Class<?> configured, Type requested,
      InjectionPoint injectionPoint) {
    if (configured != Object.class && requested instanceof Class<?> type
        && !type.isAssignableFrom(configured)) {
      throw new ClassCastException("Cache '" + name + "' holds " + role + "s of type "
          + configured.getName() + ", which " + injectionPoint + " cannot take as "
          + type.getName());
    }
  }
}
