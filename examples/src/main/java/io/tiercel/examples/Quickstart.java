package io.tiercel.examples;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.store.TierStatistics;
import java.net.URI;
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
 * The quickstart: a read-through cache of user names and an atomic counter, then statistics;
 * with {@code REDIS_URL} (or the system property {@code tiercel.redis.url}) set, two cache
 * managers on that Redis act as two nodes, and a write on one reaches the other.
 *
 * <p>Everything goes through the standard {@code javax.cache} API; the only Tiercel types used
 * are the ones {@code unwrap} reaches to print statistics without JMX.
 */
public final class Quickstart {

  private Quickstart() {}

  /** Runs the example and prints what the caches did. */
  public static void main(String[] args) throws InterruptedException {
    CachingProvider provider = Caching.getCachingProvider();
    System.out.println("Provider: " + provider.getClass().getName());
    String redisUrl = System.getProperty("tiercel.redis.url", System.getenv("REDIS_URL"));
    try (CacheManager manager = provider.getCacheManager()) {
      System.out.println("Cache manager: " + manager);
      if (redisUrl == null || redisUrl.isBlank()) {
        System.out.println("No Redis configured: caches live in this JVM only (Caffeine). Set"
            + " REDIS_URL=redis://host:6379/0 to share them through Redis.");
      }
      Cache<Long, String> users = manager.createCache("users", usersConfiguration());
      users.clear();
      List<Long> requests = List.of(1L, 2L, 3L, 1L, 2L, 1L, 4L, 1L, 2L, 3L);
      for (long id : requests) {
        System.out.printf("get(%d) -> %s%n", id, users.get(id));
      }
      System.out.println("Database loads: " + UserLoader.loads());

      Cache<String, Integer> visits = manager.createCache("visits",
          new MutableConfiguration<String, Integer>().setTypes(String.class, Integer.class));
      visits.remove("home");
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
      if (redisUrl != null && !redisUrl.isBlank()) {
        twoNodes(manager, provider.getCacheManager(URI.create(redisUrl.trim()),
            Quickstart.class.getClassLoader()));
      }
    }
  }

  /**
   * Node A and node B share one Redis: B reads what A wrote, serves it from its near cache, and
   * sees A's next write as soon as Redis's invalidation reaches it.
   */
  private static void twoNodes(CacheManager nodeA, CacheManager nodeB)
      throws InterruptedException {
    try (nodeB) {
      MutableConfiguration<String, String> strings = new MutableConfiguration<String, String>()
          .setTypes(String.class, String.class);
      Cache<String, String> onA = nodeA.createCache("greetings", strings);
      Cache<String, String> onB = nodeB.createCache("greetings", strings);
      System.out.println("Two nodes on one Redis: A = " + nodeA + ", B = " + nodeB);

      onA.put("greeting", "hello from A");
      System.out.println("A put greeting = 'hello from A'");
      System.out.println("B get greeting -> '" + onB.get("greeting") + "'");
      awaitNearCopy(onB, "greeting");
      System.out.println("B get greeting -> '" + onB.get("greeting") + "' (near cache)");

      onA.put("greeting", "hello again from A");
      long written = System.nanoTime();
      System.out.println("A put greeting = 'hello again from A'");
      String seen = onB.get("greeting");
      while (!"hello again from A".equals(seen)) {
        Thread.sleep(0, 100_000);
        seen = onB.get("greeting");
      }
      System.out.printf("B get greeting -> '%s' (invalidation reached B within %.2f ms)%n",
          seen, (System.nanoTime() - written) / 1e6);
      TierStatistics tiers = onB.unwrap(TiercelCache.class).tierStatistics();
      System.out.printf("Node B reads: %d from its near cache (L1), %d from Redis (L2)%n",
          tiers.nearHits(), tiers.nearMisses());
      onA.clear();
    }
  }

  /** Reads until the near cache serves the key (it does once its invalidation listener is up). */
  private static void awaitNearCopy(Cache<String, String> cache, String key)
      throws InterruptedException {
    TiercelCache<?, ?> tiercel = cache.unwrap(TiercelCache.class);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    long hits = tiercel.tierStatistics().nearHits();
    while (tiercel.tierStatistics().nearHits() == hits && System.nanoTime() < deadline) {
      Thread.sleep(10);
      cache.get(key);
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
