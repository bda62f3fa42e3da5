package io.tiercel.jcache.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import java.net.URI;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A Redis user that may not track keys: the near cache is never trusted, reads still come from
 * Redis and stay correct, and a warning says why.
 */
class TrackingRefusedTest {

  @Test
  void clientCommandDenied_nearCacheBypassedReadsCorrectAndWarned() throws Exception {
    try (RedisServer server = RedisServer.startOrConnect("--appendonly", "no")) {
      server.command("ACL", "SETUSER", "limited", "on", ">limited-pw", "~*", "&*", "+@all",
          "-client");
      Recording warnings = new Recording();
      Logger log = Logger.getLogger("io.tiercel.jcache.store.redis.InvalidationListener");
      log.addHandler(warnings);
      try (RedisManagers managers = new RedisManagers(server.url())) {
        Properties properties = new Properties();
        properties.setProperty("tiercel.mode", "tiered");
        Cache<String, String> cache = managers.manager(URI.create("redis://limited:limited-pw@"
            + "127.0.0.1:" + server.port() + "/0"), properties).createCache(
            "refused-" + UUID.randomUUID(),
            new MutableConfiguration<String, String>().setTypes(String.class, String.class));

        cache.put("k", "v1");
        for (int i = 0; i < 20; i++) {
          assertThat(cache.get("k")).isEqualTo("v1");
          Thread.sleep(10);
        }
        server.command("SET", "tiercel:" + cache.getName() + ":k", "foreign");

        assertThat(cache.get("k")).isNull();
        assertThat(cache.unwrap(TiercelCache.class).tierStatistics().nearHits()).isZero();
        assertThat(warnings.messages()).anySatisfy(message -> assertThat(message)
            .contains("bypassed").contains("CLIENT").doesNotContain("limited-pw"));
      } finally {
        log.removeHandler(warnings);
      }
    }
  }

  /** Keeps the warnings a logger publishes. */
  private static final class Recording extends Handler {
    private final java.util.List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        messages.add(record.getMessage());
      }
    }

    java.util.List<String> messages() {
      return messages;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
