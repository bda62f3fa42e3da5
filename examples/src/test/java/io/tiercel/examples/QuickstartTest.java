package io.tiercel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.testing.RedisServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.cache.Caching;
import org.junit.jupiter.api.Test;

/** The quickstart runs as the README says, without Redis and with one. */
class QuickstartTest {

  @Test
  void main_withoutRedis_runsLocallyAndSaysSo() throws Exception {
    String output = run(null);

    assertThat(output).contains("No Redis configured").contains("Database loads: 4")
        .contains("hit rate 60.0%");
  }

  @Test
  void main_withRedis_showsAWriteOnOneNodeReachingTheOther() throws Exception {
    try (RedisServer server = RedisServer.startOrConnect()) {
      String output = run(server.url().toString());

      assertThat(output).contains("tiered on " + server.url() + "/0")
          .contains("Database loads: 4")
          .contains("B get greeting -> 'hello from A' (near cache)")
          .contains("B get greeting -> 'hello again from A' (invalidation reached B");
    }
  }

  private static String run(String redisUrl) throws Exception {
    PrintStream original = System.out;
    var captured = new ByteArrayOutputStream();
    if (redisUrl != null) {
      System.setProperty("tiercel.redis.url", redisUrl);
    }
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      UserLoader.reset();
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(original);
      System.clearProperty("tiercel.redis.url");
      Caching.getCachingProvider().close();
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    original.print(output);
    return output;
  }
}
