package io.tiercel.jcache.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.testing.Increments;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A real second JVM on the same Redis: increments from both lose none, writes cross both ways. */
@ExtendWith(RedisServerExtension.class)
class SecondJvmCoherenceTest {
  private static final int THREADS = 4;
  private static final int INCREMENTS = 250;

  @Test
  void secondJvm_concurrentInvokesAndWrites_areSeenByBoth(RedisServer server) throws Exception {
    String name = "jvms-" + UUID.randomUUID();
    try (RedisManagers managers = new RedisManagers(server.url())) {
      Cache<String, Integer> cache = managers.manager("tiered").createCache(name,
          new MutableConfiguration<String, Integer>().setTypes(String.class, Integer.class));
      cache.put("parent", 1);
      Process child = startWorker(server, name);
      List<String> output = new ArrayList<>();
      CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> read(child, output));
      await().atMost(Duration.ofSeconds(30)).until(() -> contains(output, "READY"));

      Increments.onThreads(cache, "counter", THREADS, INCREMENTS);
      cache.put("parent", 7);

      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the second JVM finished").isTrue();
      reading.get(10, TimeUnit.SECONDS);
      assertThat(output).as("second JVM output").contains("DONE");
      assertThat(child.exitValue()).isZero();
      await().atMost(Duration.ofSeconds(2)).until(() -> Integer.valueOf(42).equals(
          cache.get("child")));
      assertThat(cache.get("counter")).isEqualTo(2 * THREADS * INCREMENTS);
    }
  }

  private static Process startWorker(RedisServer server, String name) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        CoherenceWorker.class.getName(), server.url().toString(), name,
        String.valueOf(THREADS), String.valueOf(INCREMENTS))
        .redirectErrorStream(true)
        .start();
  }

  private static void read(Process child, List<String> output) {
    try (var lines = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        synchronized (output) {
          output.add(line);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean contains(List<String> output, String line) {
    synchronized (output) {
      return output.contains(line);
    }
  }
}
