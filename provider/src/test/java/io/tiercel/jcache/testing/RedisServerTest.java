package io.tiercel.jcache.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The harness runs on a machine with only a JDK and Maven: the shipped binary works too. */
class RedisServerTest {

  @Test
  void embeddedBinary_startsStopsAndRestarts() {
    String previous = System.getProperty("tiercel.test.redis-server");
    System.setProperty("tiercel.test.redis-server", "embedded");
    try (RedisServer server = RedisServer.startOrConnect("--appendonly", "no")) {
      assertThat(server.command("PING")).isEqualTo("+PONG");
      assertThat(server.command("INFO", "server")).contains("redis_version:6.2");

      server.stop();
      server.start();

      assertThat(server.command("PING")).isEqualTo("+PONG");
    } finally {
      if (previous == null) {
        System.clearProperty("tiercel.test.redis-server");
      } else {
        System.setProperty("tiercel.test.redis-server", previous);
      }
    }
  }
}
