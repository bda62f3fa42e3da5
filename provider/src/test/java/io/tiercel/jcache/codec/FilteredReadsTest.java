package io.tiercel.jcache.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.util.List;
import java.util.UUID;
import javax.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Java-serialized values read from Redis pass the class filter first: a class the filter rejects
 * is never instantiated, and the read is a miss.
 */
@ExtendWith(RedisServerExtension.class)
class FilteredReadsTest {
  private final RedisManagers managers;
  private final String name = "filtered-" + UUID.randomUUID();

  FilteredReadsTest(RedisServer server) {
    this.managers = new RedisManagers(server.url());
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void get_classRejectedByStrictFilter_isMissAndNeverDeserialized() {
    Cache<String, Object> writer = managers.manager("redis").createCache(name,
        new TiercelConfiguration<String, Object>());
    Cache<String, Object> strict = managers.manager("redis").createCache(name,
        new TiercelConfiguration<String, Object>()
            .setClassFilter(ClassFilter.allowOnly(List.of("com.example.**"))));
    writer.put("k", new Gadget("boom"));
    int readsBefore = Gadget.READS.get();

    assertThat(strict.get("k")).isNull();

    assertThat(Gadget.READS.get()).isEqualTo(readsBefore);
    assertThat(strict.unwrap(TiercelCache.class).tierStatistics().unreadableValues())
        .isEqualTo(1);
  }

  @Test
  void get_classAllowedByFilter_isRead() {
    Cache<String, Object> writer = managers.manager("redis").createCache(name,
        new TiercelConfiguration<String, Object>());
    Cache<String, Object> reader = managers.manager("redis").createCache(name,
        new TiercelConfiguration<String, Object>()
            .setClassFilter(ClassFilter.allowOnly(List.of("io.tiercel.jcache.codec.Gadget"))));
    writer.put("k", new Gadget("fine"));

    assertThat(reader.get("k")).isInstanceOfSatisfying(Gadget.class,
        gadget -> assertThat(gadget.payload()).isEqualTo("fine"));
  }

  @Test
  void get_knownGadgetClassUnderDefaultFilter_isMiss() {
    ClassFilter defaults = ClassFilter.defaults();

    assertThat(defaults.allows(java.util.HashMap.class)).isTrue();
    assertThat(defaults.allows(Gadget.class)).isTrue();
    assertThat(defaults.allows(javax.management.ObjectName.class)).isFalse();
    assertThat(defaults.allows(java.net.URL.class)).isFalse();
  }
}
