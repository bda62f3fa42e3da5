package io.tiercel.cdi.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import javax.cache.CacheManager;

/**
 * Replaces the extension's default {@code CacheManager} with the test suite's, the way an
 * application replaces it: an {@code @Alternative} producer with a {@code @Priority}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestCacheManagerProducer {

  /** Returns the suite's cache manager. */
  @Produces
  @ApplicationScoped
  @Alternative
  @Priority(1)
  public CacheManager cacheManager() {
    return TestCacheManagers.open();
  }

  /** Closes the manager when the deployment ends. */
  public void close(@Disposes CacheManager manager) {
    manager.close();
  }
}
