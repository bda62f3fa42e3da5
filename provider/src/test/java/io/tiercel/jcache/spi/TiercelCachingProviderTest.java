package io.tiercel.jcache.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The provider hands out one manager per (URI, class loader) and holds the loaders weakly. */
class TiercelCachingProviderTest {
  private static final URI URI_OF_TEST = URI.create("urn:tiercel-test:" + UUID.randomUUID());

  private final TiercelCachingProvider provider = new TiercelCachingProvider();

  @AfterEach
  void closeProvider() {
    provider.close();
  }

  @Test
  void getCacheManager_loaderDroppedByApplication_loaderIsCollected() {
    InUse inUse = useManagerOfNewLoader();

    await().atMost(20, TimeUnit.SECONDS).pollInterval(50, TimeUnit.MILLISECONDS).until(() -> {
      System.gc();
      return inUse.loader().get() == null;
    });

    assertThat(inUse.manager().isClosed()).isFalse();
    assertThat(inUse.cache().get("k")).containsExactly("v");
  }

  @Test
  void getCacheManager_sameUriAndLoader_returnsTheSameManagerUntilClosed() {
    ClassLoader loader = getClass().getClassLoader();
    CacheManager first = provider.getCacheManager(URI_OF_TEST, loader);

    assertThat(provider.getCacheManager(URI_OF_TEST, loader)).isSameAs(first);
    first.close();
    assertThat(provider.getCacheManager(URI_OF_TEST, loader)).isNotSameAs(first);
  }

  /**
   * Creates a class loader and, through the provider, a manager for it with a store-by-value
   * cache holding one entry; only a weak reference to the loader leaves this method.
   */
  private InUse useManagerOfNewLoader() {
    URLClassLoader loader = new URLClassLoader(new URL[0], getClass().getClassLoader());
    CacheManager manager = provider.getCacheManager(URI_OF_TEST, loader);
    Cache<String, ArrayList<String>> cache = manager.createCache("values",
        new MutableConfiguration<String, ArrayList<String>>().setStoreByValue(true));
    cache.put("k", new ArrayList<>(List.of("v")));
    assertThat(cache.get("k")).containsExactly("v");
    return new InUse(new WeakReference<>(loader), manager, cache);
  }

  /** A manager and cache still in use, and the loader they were created for, held weakly. */
  private record InUse(WeakReference<ClassLoader> loader, CacheManager manager,
      Cache<String, ArrayList<String>> cache) {}
}
