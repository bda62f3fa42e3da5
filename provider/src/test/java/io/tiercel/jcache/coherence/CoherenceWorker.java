package io.tiercel.jcache.coherence;

import io.tiercel.jcache.spi.TiercelCachingProvider;
import io.tiercel.jcache.testing.Increments;
import java.net.URI;
import java.util.Properties;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;

/**
 * The other JVM of {@link SecondJvmCoherenceTest}: increments a shared counter through
 * {@code invoke} on several threads, publishes a key of its own, and waits to see the parent's.
 *
 * <p>Arguments: Redis URL, cache name, threads, increments per thread. Prints {@code DONE} when
 * finished, or the failure.
 */
public final class CoherenceWorker {
  private CoherenceWorker() {}

  /** Runs the worker; exits 0 when everything it checked held. */
  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    String cacheName = args[1];
    int threads = Integer.parseInt(args[2]);
    int increments = Integer.parseInt(args[3]);
    Properties properties = new Properties();
    properties.setProperty("tiercel.mode", "tiered");
    try (TiercelCachingProvider provider = new TiercelCachingProvider()) {
      CacheManager manager = provider.getCacheManager(url, CoherenceWorker.class.getClassLoader(),
          properties);
      Cache<String, Integer> cache = manager.createCache(cacheName,
          new MutableConfiguration<String, Integer>().setTypes(String.class, Integer.class));
      // Hold the parent's key in the near cache before it changes.
      cache.get("parent");
      System.out.println("READY");
      System.out.flush();
      Increments.onThreads(cache, "counter", threads, increments);
      cache.put("child", 42);
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!Integer.valueOf(7).equals(cache.get("parent"))) {
        if (System.nanoTime() > deadline) {
          System.out.println("FAILED: the parent's write never reached this JVM");
          System.exit(2);
        }
        Thread.sleep(5);
      }
      System.out.println("DONE");
    }
  }
}
