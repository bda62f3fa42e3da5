package io.tiercel.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import redis.clients.jedis.RedisClient;

/** Raw Jedis {@code GET} and {@code SET}: the floor Tiercel's Redis round trips are held to. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RawJedisBenchmark {
  private static final String GET_KEY = "bench:raw:" + Payload.GET_KEY;
  private static final String SET_KEY = "bench:raw:" + Payload.PUT_KEY;

  private RedisClient client;

  /** Connects and stores the value {@link #get()} reads. */
  @Setup(Level.Trial)
  public void connect() {
    client = RawClients.pooled(SharedRedis.url());
    client.set(GET_KEY, Payload.VALUE);
    if (!Payload.VALUE.equals(client.get(GET_KEY))) {
      throw new IllegalStateException("Redis did not return the value just set");
    }
  }

  /** Reads an existing key. */
  @Benchmark
  public String get() {
    return client.get(GET_KEY);
  }

  /** Writes a key. */
  @Benchmark
  public String set() {
    return client.set(SET_KEY, Payload.VALUE);
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void close() {
    client.close();
  }
}
