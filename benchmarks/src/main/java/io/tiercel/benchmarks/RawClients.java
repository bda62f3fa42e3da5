package io.tiercel.benchmarks;

import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * Jedis clients configured as Tiercel's own ({@code store.redis.RedisGateway}): a pool of 16
 * RESP2 connections with 2-second timeouts and no {@code CLIENT SETINFO}, so raw and Tiercel
 * numbers differ only by what Tiercel adds.
 */
final class RawClients {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final int POOL_SIZE = 16;

  private RawClients() {}

  /** Returns a pooled client of database 0 of the Redis at {@code url}. */
  static RedisClient pooled(URI url) {
    int millis = (int) TIMEOUT.toMillis();
    DefaultJedisClientConfig config = DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(millis)
        .socketTimeoutMillis(millis)
        .database(0)
        .clientName("tiercel-bench-raw")
        .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
        .resp2()
        .build();
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(POOL_SIZE);
    pool.setMaxIdle(POOL_SIZE);
    pool.setMinIdle(0);
    pool.setBlockWhenExhausted(true);
    pool.setMaxWait(TIMEOUT);
    return RedisClient.builder()
        .hostAndPort(url.getHost(), url.getPort())
        .clientConfig(config)
        .poolConfig(pool)
        .build();
  }
}
