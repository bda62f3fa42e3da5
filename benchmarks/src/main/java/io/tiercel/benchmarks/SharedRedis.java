package io.tiercel.benchmarks;

import io.tiercel.jcache.testing.RedisServer;
import java.net.URI;

/**
 * The Redis every benchmark of a run talks to.
 *
 * <ul>
 *   <li>{@link Main} starts one and names it to each benchmark JVM in the system property
 *       {@value #PROPERTY}, so all results come from the same server.</li>
 *   <li>A benchmark run without that property (JMH's own {@code org.openjdk.jmh.Main}) starts a
 *       server of its own, stopped when the JVM exits.</li>
 *   <li>Either way the server is started here on a free loopback port, never a shared one.</li>
 * </ul>
 */
final class SharedRedis {
  /** The system property holding the URL of the run's Redis, {@code redis://127.0.0.1:<port>/0}. */
  static final String PROPERTY = "tiercel.bench.redis";

  private SharedRedis() {}

  /** Returns the URL (database 0) of the Redis the benchmarks in this JVM use. */
  static URI url() {
    String named = System.getProperty(PROPERTY);
    return named == null || named.isBlank() ? Own.SERVER.url(0) : URI.create(named);
  }

  /**
   * Starts a redis-server on a free loopback port, even if {@code REDIS_URL} names another: the
   * harness starts its own server whenever it is given arguments, here "no snapshots".
   */
  static RedisServer start() {
    RedisServer server = RedisServer.startOrConnect("--save", "");
    if (!server.isOwned()) {
      throw new IllegalStateException("The benchmarks need a Redis of their own, but the test"
          + " harness connected to " + server.url());
    }
    return server;
  }

  /** The server of a JVM that was not given one, started on first use. */
  private static final class Own {
    static final RedisServer SERVER = startStoppedAtExit();

    private static RedisServer startStoppedAtExit() {
      RedisServer server = start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tiercel-bench-redis-stop"));
      return server;
    }
  }
}
