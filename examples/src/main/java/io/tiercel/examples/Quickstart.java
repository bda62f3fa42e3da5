package io.tiercel.examples;

import io.tiercel.jcache.cache.TiercelCache;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.management.CacheStatisticsMXBean;
import javax.cache.processor.EntryProcessor;
import javax.cache.spi.CachingProvider;

/**
 * The quickstart: a read-through cache of user names and an atomic counter, then statistics.
 *
 * <p>Everything goes through the standard {@code javax.cache} API; the only Tiercel type used is
 * the one {@code unwrap} reaches to print statistics without JMX.
 */
public final class Quickstart {

  private Quickstart() {}

  /** Runs the example and prints what the caches did. */
  public static void main(String[] args) {
    CachingProvider provider = Caching.getCachingProvider();
    System.out.println("Provider: " + provider.getClass().getName());
    try (CacheManager manager = provider.getCacheManager()) {
      Cache<Long, String> users = manager.createCache("users", usersConfiguration());
      List<Long> requests = List.of(1L, 2L, 3L, 1L, 2L, 1L, 4L, 1L, 2L, 3L);
      for (long id : requests) {
        System.out.printf("get(%d) -> %s%n", id, users.get(id));
      }
      System.out.println("Database loads: " + UserLoader.loads());

      Cache<String, Integer> visits = manager.createCache("visits",
          new MutableConfiguration<String, Integer>().setTypes(String.class, Integer.class));
      EntryProcessor<String, Integer, Integer> increment = (entry, arguments) -> {
        int next = entry.exists() ? entry.getValue() + 1 : 1;
        entry.setValue(next);
        return next;
      };
      for (int i = 0; i < 5; i++) {
        visits.invoke("home", increment);
      }
      System.out.println("Visits of 'home' after 5 atomic increments: " + visits.get("home"));

      printStatistics(users.unwrap(TiercelCache.class).statistics());
    }
  }

  private static MutableConfiguration<Long, String> usersConfiguration() {
    return new MutableConfiguration<Long, String>()
        .setTypes(Long.class, String.class)
        .setReadThrough(true)
        .setCacheLoaderFactory(FactoryBuilder.factoryOf(UserLoader.class))
        .setExpiryPolicyFactory(
            CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MINUTES, 5)))
        .setStatisticsEnabled(true);
  }

  private static void printStatistics(CacheStatisticsMXBean statistics) {
    System.out.println("Cache 'users' statistics:");
    System.out.printf("  gets     %d%n", statistics.getCacheGets());
    System.out.printf("  hits     %d%n", statistics.getCacheHits());
    System.out.printf("  misses   %d%n", statistics.getCacheMisses());
    System.out.printf("  hit rate %.1f%%%n", statistics.getCacheHitPercentage());
  }
}
