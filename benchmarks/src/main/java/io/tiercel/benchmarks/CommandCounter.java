package io.tiercel.benchmarks;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * Tells from Redis's own counters ({@code INFO commandstats}) whether reads were round trips,
 * so a benchmark can prove which tier served it without any hook in the provider.
 *
 * <ul>
 *   <li>Counts data commands only: connection and server housekeeping (pings of the
 *       invalidation connection, {@code INFO} itself, {@code CLIENT}, {@code SUBSCRIBE}, ...)
 *       is left out.</li>
 *   <li>Counts every client of the server, so it is read while nothing else runs.</li>
 * </ul>
 */
final class CommandCounter implements AutoCloseable {
  private static final Set<String> HOUSEKEEPING = Set.of("info", "ping", "client", "hello",
      "auth", "select", "subscribe", "unsubscribe", "psubscribe", "punsubscribe", "command",
      "config");
  private static final String PREFIX = "cmdstat_";
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final Jedis jedis;

  /** Connects to the Redis at {@code url}, on a connection of its own. */
  CommandCounter(URI url) {
    this.jedis = new Jedis(new HostAndPort(url.getHost(), url.getPort()),
        DefaultJedisClientConfig.builder().clientName("tiercel-bench-counter")
            .clientSetInfoConfig(ClientSetInfoConfig.DISABLED).resp2().build());
  }

  /** Returns how many data commands Redis has run since it started. */
  long dataCommands() {
    long total = 0;
    for (String line : jedis.info("commandstats").split("\r?\n")) {
      if (!line.startsWith(PREFIX)) {
        continue;
      }
      int colon = line.indexOf(':');
      String name = line.substring(PREFIX.length(), colon);
      int bar = name.indexOf('|');
      if (HOUSEKEEPING.contains(bar < 0 ? name : name.substring(0, bar))) {
        continue;
      }
      int calls = line.indexOf("calls=", colon) + "calls=".length();
      int end = line.indexOf(',', calls);
      total += Long.parseLong(line.substring(calls, end < 0 ? line.length() : end));
    }
    return total;
  }

  /**
   * Reads {@code reads} times and fails unless each read returned {@code expected} and cost at
   * least one command in Redis: the reads were not served by a near cache.
   */
  void requireEachSent(Supplier<String> read, String expected, int reads) {
    long sent = sentDuring(read, expected, reads);
    if (sent < reads) {
      throw new IllegalStateException(reads + " reads sent only " + sent + " commands to Redis;"
          + " something in this JVM served them");
    }
  }

  /**
   * Reads {@code reads} times and fails unless each read returned {@code expected} and none
   * cost a command in Redis.
   */
  void requireNoneSent(Supplier<String> read, String expected, int reads) {
    long sent = sentDuring(read, expected, reads);
    if (sent != 0) {
      throw new IllegalStateException(reads + " reads sent " + sent + " commands to Redis;"
          + " the near cache did not serve them all");
    }
  }

  /**
   * Reads until {@code reads} reads in a row returned {@code expected} without any command in
   * Redis, i.e. a near cache serves them; fails after ten seconds.
   */
  void awaitNoneSent(Supplier<String> read, String expected, int reads) {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    long sent;
    while ((sent = sentDuring(read, expected, reads)) != 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The near cache did not serve the reads: the last "
            + reads + " sent " + sent + " commands to Redis");
      }
      pause();
    }
  }

  private long sentDuring(Supplier<String> read, String expected, int reads) {
    long before = dataCommands();
    for (int i = 0; i < reads; i++) {
      String value = read.get();
      if (!expected.equals(value)) {
        throw new IllegalStateException("Read '" + value + "', expected '" + expected + "'");
      }
    }
    return dataCommands() - before;
  }

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the near cache", e);
    }
  }

  @Override
  public void close() {
    jedis.close();
  }
}
