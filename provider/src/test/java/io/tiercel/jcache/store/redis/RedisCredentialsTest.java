package io.tiercel.jcache.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import java.net.URI;
import java.util.Properties;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Redis that requires a password: the right one works, a wrong one is a clear error. */
class RedisCredentialsTest {
  private static final String PASSWORD = "s3cret-Passw0rd";
  private static RedisServer server;

  @BeforeAll
  static void start() {
    server = RedisServer.startOrConnect("--requirepass", PASSWORD);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void rightPassword_inUri_works() {
    try (RedisManagers managers = new RedisManagers(server.url())) {
      Cache<String, String> cache = cache(managers.manager(
          URI.create("redis://:" + PASSWORD + "@127.0.0.1:" + server.port() + "/0"),
          new Properties()));

      cache.put("k", "v");

      assertThat(cache.get("k")).isEqualTo("v");
    }
  }

  @Test
  void wrongPassword_failsNamingServerButNotPassword() {
    String wrong = "not-the-Passw0rd";
    try (RedisManagers managers = new RedisManagers(server.url())) {
      CacheManager manager = managers.manager(
          URI.create("redis://:" + wrong + "@127.0.0.1:" + server.port() + "/0"),
          new Properties());
      Cache<String, String> cache = cache(manager);

      assertThatThrownBy(() -> cache.put("k", "v"))
          .isInstanceOf(CacheException.class)
          .hasMessageContaining("127.0.0.1:" + server.port())
          .hasMessageContaining("password")
          .satisfies(e -> assertThat(stackText(e)).doesNotContain(wrong));
      assertThat(manager.toString()).doesNotContain(wrong);
      assertThat(RedisSettings.fromUri(URI.create("redis://user:" + wrong + "@h:1/0")).toString())
          .doesNotContain(wrong).contains("****");
    }
  }

  @Test
  void noPassword_failsSayingAuthenticationIsNeeded() {
    try (RedisManagers managers = new RedisManagers(server.url())) {
      Cache<String, String> cache = cache(managers.manager("redis"));

      assertThatThrownBy(() -> cache.put("k", "v"))
          .isInstanceOf(CacheException.class)
          .hasMessageContaining("127.0.0.1:" + server.port());
    }
  }

  private static Cache<String, String> cache(CacheManager manager) {
    return manager.createCache("secured",
        new MutableConfiguration<String, String>().setTypes(String.class, String.class));
  }

  private static String stackText(Throwable e) {
    var text = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(text));
    return text.toString();
  }
}
