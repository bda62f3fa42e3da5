package io.tiercel.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/**
 * Produces the application's {@code CacheManager}, which the annotations and the injected caches
 * use, and closes it when the container shuts down.
 *
 * <ul>
 *   <li>It is the default cache manager of the one JCache provider on the class path (Tiercel's
 *       when its jar is there), for this library's class loader, which is the application's
 *       when the library is packaged with it.</li>
 *   <li>To use another manager (another URI, provider or class loader), produce a
 *       {@code CacheManager} of your own and annotate the producer {@code @Alternative} and
 *       {@code @Priority}: every annotation and injection point then uses yours.</li>
 * </ul>
 */
public class CacheManagerProducer {

  /** Returns the default cache manager of the default caching provider. */
  @Produces
  @ApplicationScoped
  public CacheManager cacheManager() {
    ClassLoader loader = CacheManagerProducer.class.getClassLoader();
    CachingProvider provider = Caching.getCachingProvider(loader);
    return provider.getCacheManager(provider.getDefaultURI(), loader);
  }

  /** Closes the manager, and with it its caches, when the container shuts down. */
  public void close(@Disposes CacheManager manager) {
    manager.close();
  }
}
