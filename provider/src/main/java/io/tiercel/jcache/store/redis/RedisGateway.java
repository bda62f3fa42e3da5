package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.config.RedisClientOptions;
import io.tiercel.jcache.config.RedisTopology;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.cache.CacheException;
import javax.net.ssl.SSLParameters;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * The one place commands reach Redis: a pool of connections (to one server, or to the master
 * Redis Sentinel names), the timeout, scripts by digest, and the translation of every Jedis
 * failure into a {@link CacheException}.
 *
 * <ul>
 *   <li>Every call waits at most the configured timeout for a connection, and again for the
 *       reply; nothing blocks longer.</li>
 *   <li>A refused command is a {@link CacheException}; an unreachable or silent server is a
 *       {@link RedisUnavailableException}. Messages name the server, never the password.</li>
 *   <li>A broken connection (a restarted or failed-over server) empties the pool of its idle
 *       connections. A read that failed on one at once, not by timing out, is retried on a new
 *       connection; writes are not retried, since Redis may have applied them, and nothing that
 *       timed out is.</li>
 *   <li>Behind Sentinel, commands go to whichever server the sentinels name master now; a
 *       failover fails the calls in flight, and later ones reach the new master.</li>
 *   <li>{@code rediss://} connections verify the server's certificate and host name.</li>
 *   <li>Scripts are called by digest; a server that lost them ({@code NOSCRIPT}) gets them again
 *       and the call is repeated.</li>
 * </ul>
 */
public final class RedisGateway implements AutoCloseable {
  private static final AtomicInteger RELEASERS = new AtomicInteger();

  private final ConnectionSource connections;
  private final JedisClientConfig clientConfig;
  /** Hands broken connections back to the pool, which replaces them, off the caller's thread. */
  private final ExecutorService releaser;
  private final CommandObjects commands = new CommandObjects(RedisProtocol.RESP2);
  private final LongAdder roundTrips = new LongAdder();
  private final RedisFailures failures;

  private RedisGateway(ConnectionSource connections, JedisClientConfig clientConfig) {
    this.connections = connections;
    this.clientConfig = clientConfig;
    this.failures = new RedisFailures(connections);
    this.releaser = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "tiercel-redis-release-" + RELEASERS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Opens a pool of connections to the server {@code settings} names; connects lazily. */
  public static RedisGateway open(RedisSettings settings) {
    JedisClientConfig client = clientConfig(settings.database(), settings.user(),
        settings.password(), settings.ssl(), settings.timeout());
    return new RedisGateway(new ServerConnections(settings, client,
        poolConfig(settings.poolSize(), settings.timeout())), client);
  }

  /**
   * Opens a pool of connections to the master the sentinels of {@code topology} name, asking
   * them at once; the pool follows the master when they fail it over.
   *
   * @throws RedisUnavailableException if no sentinel answered
   * @throws CacheException if the sentinels answered but know no such master
   */
  static RedisGateway open(RedisTopology.Sentinel topology) {
    RedisClientOptions options = topology.options();
    JedisClientConfig master = clientConfig(options.database(), options.user(),
        options.password(), options.ssl(), options.timeout());
    JedisClientConfig sentinels = clientConfig(/* database= */ 0, topology.sentinelUser(),
        topology.sentinelPassword(), options.ssl(), options.timeout());
    return new RedisGateway(SentinelConnections.open(topology, master, sentinels,
        poolConfig(options.poolSize(), options.timeout())), master);
  }

  private static JedisClientConfig clientConfig(int database, String user, String password,
      boolean ssl, Duration timeout) {
    int millis = (int) timeout.toMillis();
    return DefaultJedisClientConfig.builder()
        .connectionTimeoutMillis(millis)
        .socketTimeoutMillis(millis)
        .database(database)
        .user(user)
        .password(password)
        .ssl(ssl)
        .sslParameters(ssl ? verifyingHostName() : null)
        .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
        .resp2()
        .build();
  }

  private static ConnectionPoolConfig poolConfig(int size, Duration timeout) {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setMaxTotal(size);
    pool.setMaxIdle(size);
    pool.setMinIdle(0);
    pool.setBlockWhenExhausted(true);
    pool.setMaxWait(timeout);
    return pool;
  }

  /**
   * Returns how this gateway connects: the settings of the server commands go to now, which for
   * a Sentinel-watched master change when the sentinels fail it over.
   */
  public RedisSettings settings() {
    return connections.settings();
  }

  /** Returns where this gateway connects, for messages: servers and user, never a password. */
  public String describe() {
    return connections.describe();
  }

  /** Returns the client configuration, for connections of its own (the invalidation listener). */
  JedisClientConfig clientConfig() {
    return clientConfig;
  }

  /** Returns the factory of command values. */
  CommandObjects commands() {
    return commands;
  }

  /** Returns how many round trips this gateway has made, for tests and diagnostics. */
  public long roundTrips() {
    return roundTrips.sum();
  }

  /** Runs a command that only reads, in one round trip (two if a broken connection is met). */
  <T> T read(CommandObject<T> command) {
    return call(() -> once(command), /* retry= */ true);
  }

  /** Sends commands that only read in one round trip, retried as {@link #read} is. */
  List<Object> readPipeline(List<? extends CommandObject<?>> batch) {
    return call(() -> pipelineReplies(batch), /* retry= */ true);
  }

  /** Runs a command that writes, in one round trip. */
  <T> T write(CommandObject<T> command) {
    return call(() -> once(command), /* retry= */ false);
  }

  /**
   * Runs {@code script} on {@code key} with {@code arguments}, by digest, in one round trip (two
   * the first time a server meets Tiercel's scripts).
   */
  Object script(Script script, byte[] key, List<byte[]> arguments) {
    CommandObject<Object> call = scriptCall(script, key, arguments);
    Object reply = call(() -> {
      try {
        return once(call);
      } catch (JedisNoScriptException e) {
        return loadScriptsAndRun(List.of(call)).get(0);
      }
    }, /* retry= */ false);
    if (reply instanceof RuntimeException failure) {
      throw translate(failure);
    }
    return reply;
  }

  /** Returns the command that runs {@code script} on {@code key}, for {@link #pipeline}. */
  CommandObject<Object> scriptCall(Script script, byte[] key, List<byte[]> arguments) {
    return commands.evalsha(script.sha1(), List.of(key), arguments);
  }

  /**
   * Sends every command in one round trip and returns their replies in order; a command Redis
   * refused has a {@link CacheException} as its reply. Scripts Redis lost are loaded and their
   * calls sent again.
   */
  List<Object> pipeline(List<? extends CommandObject<?>> batch) {
    return call(() -> pipelineReplies(batch), /* retry= */ false);
  }

  private List<Object> pipelineReplies(List<? extends CommandObject<?>> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    List<Object> replies = sync(batch);
    List<Integer> lost = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      if (replies.get(i) instanceof JedisNoScriptException) {
        lost.add(i);
      }
    }
    if (!lost.isEmpty()) {
      List<Object> retried = loadScriptsAndRun(lost.stream().map(batch::get).toList());
      for (int j = 0; j < lost.size(); j++) {
        replies.set(lost.get(j), retried.get(j));
      }
    }
    for (int i = 0; i < replies.size(); i++) {
      if (replies.get(i) instanceof RuntimeException failure) {
        replies.set(i, translate(failure));
      }
    }
    return replies;
  }

  /**
   * Runs {@code action}, translating what it throws; a broken connection empties the pool and,
   * with {@code retry}, the action runs once more if it failed at once rather than timing out.
   */
  private <T> T call(Supplier<T> action, boolean retry) {
    long start = System.nanoTime();
    try {
      return action.get();
    } catch (JedisConnectionException e) {
      connections.clearIdle();
      if (!retry || timedOut(e)
          || System.nanoTime() - start > settings().timeout().toNanos() / 2) {
        throw translate(e);
      }
      try {
        return action.get();
      } catch (RuntimeException again) {
        again.addSuppressed(e);
        throw translate(again);
      }
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /** Returns whether a connection failure was a timeout, which no retry may extend. */
  private static boolean timedOut(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  private static SSLParameters verifyingHostName() {
    SSLParameters parameters = new SSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    return parameters;
  }

  /**
   * Loads every script into a server that lost them (new or restarted) and runs {@code calls}
   * again, in one round trip; returns their replies.
   */
  private List<Object> loadScriptsAndRun(List<? extends CommandObject<?>> calls) {
    List<Object> replies = sync(withScriptsLoaded(calls));
    return replies.subList(Script.values().length, replies.size());
  }

  /** Returns a batch that loads every script, then makes {@code calls}. */
  List<CommandObject<?>> withScriptsLoaded(List<? extends CommandObject<?>> calls) {
    List<CommandObject<?>> batch = new ArrayList<>();
    byte[] key = (byte[]) calls.get(0).getArguments().getKeys().get(0);
    for (Script script : Script.values()) {
      batch.add(commands.scriptLoad(script.source(), key));
    }
    batch.addAll(calls);
    return batch;
  }

  @Override
  public void close() {
    connections.close();
    releaser.shutdownNow();
  }

  /** Turns a Jedis failure into the exception the cache throws, naming the server. */
  CacheException translate(RuntimeException e) {
    return failures.translate(e);
  }

  private <T> T once(CommandObject<T> command) {
    roundTrips.increment();
    Connection connection = connections.borrow();
    try {
      return connection.executeCommand(command);
    } finally {
      release(connection);
    }
  }

  private List<Object> sync(List<? extends CommandObject<?>> batch) {
    roundTrips.increment();
    List<Response<?>> responses = new ArrayList<>(batch.size());
    Connection connection = connections.borrow();
    try {
      Pipeline pipeline = new Pipeline(connection, /* closeConnection= */ false);
      for (CommandObject<?> command : batch) {
        responses.add(pipeline.executeCommand(command));
      }
      pipeline.sync();
    } finally {
      release(connection);
    }
    List<Object> replies = new ArrayList<>(responses.size());
    for (Response<?> response : responses) {
      try {
        replies.add(response.get());
      } catch (JedisDataException e) {
        replies.add(e);
      }
    }
    return replies;
  }

  /**
   * Gives a connection back to the pool; a broken one is handed back on another thread, since
   * the pool replaces it at once, which against a silent server would wait a whole timeout.
   */
  private void release(Connection connection) {
    if (!connection.isBroken()) {
      connection.close();
      return;
    }
    try {
      releaser.execute(() -> closeQuietly(connection));
    } catch (RejectedExecutionException e) {
      closeQuietly(connection);
    }
  }

  /** Closes a broken connection; the pool failing to replace it (Redis down) is no news. */
  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (RuntimeException e) {
      // The pool makes a new connection when one is next needed.
    }
  }
}
