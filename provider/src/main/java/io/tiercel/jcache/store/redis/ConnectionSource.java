package io.tiercel.jcache.store.redis;

import java.util.List;
import redis.clients.jedis.Connection;

/**
 * Where the gateway's pooled connections lead: one server, or whichever server the sentinels
 * name master now.
 */
sealed interface ConnectionSource extends AutoCloseable
    permits ServerConnections, SentinelConnections {

  /** Borrows a pooled connection to the server commands go to now; closing it gives it back. */
  Connection borrow();

  /** Returns the settings of the server commands go to now. */
  RedisSettings settings();

  /** Drops the idle connections after one broke: the others most likely broke with it. */
  void clearIdle();

  /** Returns where connections lead, for messages: servers and user, never a password. */
  String describe();

  /** Returns the passwords messages must not show, should a reply ever echo one. */
  List<String> passwords();

  @Override
  void close();
}
