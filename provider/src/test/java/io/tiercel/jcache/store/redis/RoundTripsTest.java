package io.tiercel.jcache.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.spi.TiercelCachingProvider;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import io.tiercel.jcache.testing.RoundTripProxy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Counts, on the wire, the round trips each cache operation makes, and reports the commands it
 * runs inside Redis (INFO commandstats; a script's inner commands are counted there too).
 */
@ExtendWith(RedisServerExtension.class)
class RoundTripsTest {
  private static final int BULK = 100;

  private final RedisServer server;
  private RoundTripProxy proxy;
  private TiercelCachingProvider provider;

  RoundTripsTest(RedisServer server) {
    this.server = server;
  }

  @BeforeEach
  void startProxy() {
    proxy = new RoundTripProxy(server.url());
    provider = new TiercelCachingProvider();
  }

  @AfterEach
  void stop() {
    provider.close();
    proxy.close();
  }

  @Test
  void firstScriptOnNewServer_loadsEveryScriptInOneMoreRoundTrip() {
    server.command("SCRIPT", "FLUSH");
    Cache<String, String> cache = cache("redis");
    cache.put("warm", "up");

    assertThat(measure("putIfAbsent (scripts lost)", cache, c -> c.putIfAbsent("k", "v")))
        .isEqualTo(2);
    assertThat(measure("replace (scripts loaded)", cache, c -> c.replace("k", "w")))
        .isEqualTo(1);
  }

  @Test
  void redisMode_singleKeyOperations_takeOneRoundTripEach() {
    Cache<String, String> cache = cache("redis");
    warmUp(cache);

    Map<String, Long> trips = new LinkedHashMap<>();
    trips.put("get (hit)", measure("get (hit)", cache, c -> c.get("warm")));
    trips.put("get (miss)", measure("get (miss)", cache, c -> c.get("absent")));
    trips.put("put (new)", measure("put (new)", cache, c -> c.put("k1", "v")));
    trips.put("put (existing)", measure("put (existing)", cache, c -> c.put("k1", "w")));
    trips.put("getAndPut", measure("getAndPut", cache, c -> c.getAndPut("k1", "x")));
    trips.put("putIfAbsent", measure("putIfAbsent", cache, c -> c.putIfAbsent("k2", "v")));
    trips.put("replace", measure("replace", cache, c -> c.replace("k2", "w")));
    trips.put("replace (cas)", measure("replace (cas)", cache, c -> c.replace("k2", "w", "x")));
    trips.put("remove", measure("remove", cache, c -> c.remove("k2")));
    trips.put("remove (cas)", measure("remove (cas)", cache, c -> c.remove("k1", "x")));
    trips.put("containsKey", measure("containsKey", cache, c -> c.containsKey("warm")));

    assertThat(trips).allSatisfy((operation, count) ->
        assertThat(count).as(operation).isEqualTo(1L));
  }

  @Test
  void redisMode_bulkOfHundredKeys_takesOneRoundTrip() {
    Cache<String, String> cache = cache("redis");
    warmUp(cache);
    Map<String, String> entries = IntStream.range(0, BULK).boxed()
        .collect(Collectors.toMap(i -> "key" + i, i -> "value" + i));

    assertThat(measure("putAll x100", cache, c -> c.putAll(entries))).isEqualTo(1);
    assertThat(measure("getAll x100", cache, c -> c.getAll(entries.keySet()))).isEqualTo(1);
  }

  @Test
  void tieredMode_nearCacheHit_takesNoRoundTrip() {
    Cache<String, String> cache = cache("tiered");
    warmUp(cache);
    cache.put("k", "v");
    TiercelCache<?, ?> tiercel = cache.unwrap(TiercelCache.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      cache.get("k");
      return tiercel.tierStatistics().nearHits() > 0;
    });

    assertThat(nearHitRoundTrips(cache, tiercel)).isZero();
    assertThat(measure("getAll x100 (near misses)", cache,
        c -> c.getAll(keys(BULK)))).isEqualTo(1);
    assertNearMissTakesOneRoundTrip(cache);
  }

  /**
   * Returns the round trips of a get the near cache served; a get that missed (the copy dropped
   * by the late invalidation of the test's own put) is measured again.
   */
  private long nearHitRoundTrips(Cache<String, String> cache, TiercelCache<?, ?> tiercel) {
    for (int attempt = 0; attempt < 100; attempt++) {
      long hits = tiercel.tierStatistics().nearHits();
      long trips = measure("get (near hit)", cache, c -> c.get("k"));
      if (tiercel.tierStatistics().nearHits() > hits) {
        return trips;
      }
    }
    throw new AssertionError("The near cache never served k");
  }

  private void assertNearMissTakesOneRoundTrip(Cache<String, String> cache) {
    cache.put("fresh", "v");
    assertThat(measure("get (near miss, Redis hit)", cache, c -> c.get("fresh"))).isEqualTo(1);
  }

  /** Opens the manager's connection and makes sure the server has the scripts. */
  private static void warmUp(Cache<String, String> cache) {
    cache.put("warm", "up");
    cache.putIfAbsent("warm", "up");
  }

  private Cache<String, String> cache(String mode) {
    Properties properties = new Properties();
    properties.setProperty("tiercel.mode", mode);
    CacheManager manager = provider.getCacheManager(proxy.url(), getClass().getClassLoader(),
        properties);
    return manager.createCache("trips-" + UUID.randomUUID(),
        new MutableConfiguration<String, String>().setTypes(String.class, String.class));
  }

  /** Runs {@code operation} once and returns its round trips; prints the commands it ran. */
  private long measure(String name, Cache<String, String> cache,
      Consumer<Cache<String, String>> operation) {
    Map<String, Long> before = commandStats();
    long start = proxy.roundTrips();
    operation.accept(cache);
    long trips = proxy.roundTrips() - start;
    Map<String, Long> ran = new TreeMap<>();
    commandStats().forEach((command, calls) -> {
      long delta = calls - before.getOrDefault(command, 0L);
      if (delta > 0 && !command.equals("info")) {
        ran.put(command, delta);
      }
    });
    System.out.printf("[round trips] %-28s %d round trip(s); commands in Redis: %s%n", name,
        trips, ran);
    return trips;
  }

  private Map<String, Long> commandStats() {
    Map<String, Long> calls = new TreeMap<>();
    for (String line : server.command("INFO", "commandstats").split("\r?\n")) {
      if (line.startsWith("cmdstat_")) {
        String command = line.substring("cmdstat_".length(), line.indexOf(':'));
        String count = line.substring(line.indexOf("calls=") + 6, line.indexOf(','));
        calls.put(command, Long.parseLong(count));
      }
    }
    return calls;
  }

  private static Set<String> keys(int count) {
    return IntStream.range(0, count).mapToObj(i -> "absent" + i).collect(Collectors.toSet());
  }
}
