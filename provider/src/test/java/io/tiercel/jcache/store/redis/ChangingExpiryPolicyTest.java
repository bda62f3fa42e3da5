package io.tiercel.jcache.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An expiry policy whose answers change between operations: each operation applies the answer
 * the policy gives for it, never one it gave before (which Redis scripts are sent to save round
 * trips).
 */
@ExtendWith(RedisServerExtension.class)
class ChangingExpiryPolicyTest {
  private final RedisServer server;
  private final RedisManagers managers;
  private final String name = "changing-" + UUID.randomUUID();

  ChangingExpiryPolicyTest(RedisServer server) {
    this.server = server;
    this.managers = new RedisManagers(server.url());
  }

  /** A policy the test changes as it goes. */
  public static final class Switchable implements ExpiryPolicy, Serializable {
    static volatile Duration creation;
    static volatile Duration update;
    static volatile Duration access;

    @Override
    public Duration getExpiryForCreation() {
      return creation;
    }

    @Override
    public Duration getExpiryForAccess() {
      return access;
    }

    @Override
    public Duration getExpiryForUpdate() {
      return update;
    }
  }

  @BeforeEach
  void answers() {
    Switchable.creation = Duration.ONE_MINUTE;
    Switchable.update = Duration.ONE_MINUTE;
    Switchable.access = null;
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void accessOnceZero_thenOneMinute_keepsTheEntry() {
    Cache<String, String> cache = cache();
    Switchable.access = Duration.ZERO;
    cache.put("a", "1");
    assertThat(cache.get("a")).isEqualTo("1");
    assertThat(cache.get("a")).isNull();

    Switchable.access = Duration.ONE_MINUTE;
    cache.put("b", "2");

    assertThat(cache.get("b")).isEqualTo("2");
    assertThat(cache.get("b")).isEqualTo("2");
  }

  @Test
  void creationOnceZero_thenOneMinute_storesTheValue() {
    Cache<String, String> cache = cache();
    Switchable.creation = Duration.ZERO;
    cache.put("a", "1");
    assertThat(cache.get("a")).isNull();

    Switchable.creation = Duration.ONE_MINUTE;
    cache.put("b", "2");

    assertThat(cache.get("b")).isEqualTo("2");
  }

  @Test
  void updateOnceFiveSeconds_thenNull_keepsTheDeadline() {
    Cache<String, String> cache = cache();
    Switchable.update = new Duration(TimeUnit.SECONDS, 5);
    cache.put("b", "1");
    cache.put("b", "2");
    Switchable.creation = Duration.ONE_HOUR;
    cache.put("a", "1");

    Switchable.update = null;
    cache.put("a", "2");

    assertThat(pttl("a")).isGreaterThan(TimeUnit.MINUTES.toMillis(59));
  }

  @Test
  void creationTurnsZero_putIsNotCountedAndLeavesNothing() {
    Cache<String, String> cache = cache();
    cache.put("a", "1");
    Switchable.creation = Duration.ZERO;
    var statistics = cache.unwrap(TiercelCache.class).statistics();
    long puts = statistics.getCachePuts();

    cache.put("b", "2");

    assertThat(cache.get("b")).isNull();
    assertThat(statistics.getCachePuts()).isEqualTo(puts);
  }

  private Cache<String, String> cache() {
    return managers.manager("redis").createCache(name,
        new MutableConfiguration<String, String>().setTypes(String.class, String.class)
            .setStatisticsEnabled(true)
            .setExpiryPolicyFactory(FactoryBuilder.factoryOf(Switchable.class)));
  }

  private long pttl(String key) {
    return Long.parseLong(server.command("PTTL", "tiercel:" + name + ":" + key).substring(1));
  }
}
