package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.config.RedisNode;
import io.tiercel.jcache.config.RedisTopology;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javax.cache.CacheException;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.providers.SentineledConnectionProvider;
import redis.clients.jedis.util.Pool;

/**
 * A pool of connections to the master a set of sentinels watch, which follows the master when
 * they fail it over.
 *
 * <ul>
 *   <li>Opening asks the sentinels, in the order configured and each within the timeout,
 *       where the master is: unreachable sentinels or a master name they do not know fail at
 *       once, with a message naming both.</li>
 *   <li>A thread per sentinel hears of failovers ({@code +switch-master}) and moves the pool to
 *       the new master; connections to the old one are dropped as they come back.</li>
 *   <li>Sentinels are reached with their own user and password, and with the master's TLS
 *       setting and timeout.</li>
 * </ul>
 */
final class SentinelConnections implements ConnectionSource {
  private final RedisTopology.Sentinel topology;
  private final SentineledConnectionProvider pool;
  private volatile RedisSettings current;

  private SentinelConnections(RedisTopology.Sentinel topology,
      SentineledConnectionProvider pool) {
    this.topology = topology;
    this.pool = pool;
    this.current = topology.options().at(node(pool.getCurrentMaster()));
  }

  /**
   * Asks the sentinels of {@code topology} where the master is and opens a pool to it.
   *
   * @throws RedisUnavailableException if no sentinel answered
   * @throws CacheException if the sentinels answered but know no such master
   */
  static SentinelConnections open(RedisTopology.Sentinel topology, JedisClientConfig master,
      JedisClientConfig sentinels, ConnectionPoolConfig poolConfig) {
    if (topology.sentinels().isEmpty()) {
      throw new CacheException("Redis Sentinel master '" + topology.master() + "' names no"
          + " sentinels; list them, host:port, in redis.sentinel.nodes");
    }
    // Checks the options before any thread is started.
    topology.options().at(topology.sentinels().get(0));
    Set<HostAndPort> nodes = new LinkedHashSet<>();
    for (RedisNode node : topology.sentinels()) {
      nodes.add(new HostAndPort(node.host(), node.port()));
    }
    SentineledConnectionProvider pool;
    try {
      pool = new SentineledConnectionProvider(topology.master(), master, poolConfig, nodes,
          sentinels);
    } catch (JedisConnectionException e) {
      throw new RedisUnavailableException("No sentinel of " + topology.sentinels()
          + " told where master '" + topology.master() + "' is: none could be reached, answered"
          + " within " + topology.options().timeout().toMillis() + " ms, or accepted the"
          + " sentinel credentials" + (topology.sentinelUser() == null ? ""
              : " of user '" + topology.sentinelUser() + "'")
          + ". Check redis.sentinel.nodes and redis.sentinel.password", e);
    } catch (JedisException e) {
      throw new CacheException("The sentinels " + topology.sentinels() + " know no master"
          + " named '" + topology.master() + "'; redis.sentinel.master must be a name from"
          + " their 'sentinel monitor' lines", e);
    }
    return new SentinelConnections(topology, pool);
  }

  @Override
  public Connection borrow() {
    return pool.getConnection();
  }

  /** Returns the settings of the current master, which change when the sentinels fail over. */
  @Override
  public RedisSettings settings() {
    RedisSettings known = current;
    HostAndPort master = pool.getCurrentMaster();
    if (known.host().equals(master.getHost()) && known.port() == master.getPort()) {
      return known;
    }
    RedisSettings moved = topology.options().at(node(master));
    current = moved;
    return moved;
  }

  @Override
  public void clearIdle() {
    pool.getConnectionMap().values().forEach(Pool::clear);
  }

  @Override
  public String describe() {
    return "sentinel master " + topology.master() + " via " + topology.sentinels() + ", now "
        + settings().describe();
  }

  @Override
  public List<String> passwords() {
    return Stream.of(topology.options().password(), topology.sentinelPassword())
        .filter(Objects::nonNull).toList();
  }

  @Override
  public void close() {
    pool.close();
  }

  private static RedisNode node(HostAndPort server) {
    return new RedisNode(server.getHost(), server.getPort());
  }
}
