package io.tiercel.jcache.store.redis;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.providers.PooledConnectionProvider;

/** A pool of connections to one server; nothing is connected until a connection is borrowed. */
final class ServerConnections implements ConnectionSource {
  private final RedisSettings settings;
  private final PooledConnectionProvider pool;

  ServerConnections(RedisSettings settings, JedisClientConfig client, ConnectionPoolConfig pool) {
    this.settings = settings;
    this.pool = new PooledConnectionProvider(new HostAndPort(settings.host(), settings.port()),
        client, pool);
  }

  @Override
  public Connection borrow() {
    return pool.getConnection();
  }

  @Override
  public RedisSettings settings() {
    return settings;
  }

  @Override
  public void clearIdle() {
    pool.getPool().clear();
  }

  @Override
  public String describe() {
    return settings.describe();
  }

  @Override
  public List<String> passwords() {
    return Stream.of(settings.password()).filter(Objects::nonNull).toList();
  }

  @Override
  public void close() {
    pool.close();
  }
}
