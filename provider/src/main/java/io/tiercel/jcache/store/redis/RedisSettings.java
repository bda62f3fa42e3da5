package io.tiercel.jcache.store.redis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a cache manager's Redis is and how to reach it; immutable, and never shows the password.
 *
 * @param host the server's host name or address
 * @param port the server's port
 * @param database the database number ({@code SELECT}), 0 by default
 * @param ssl whether to connect with TLS ({@code rediss://})
 * @param user the ACL user, or null for the default user
 * @param password the password, or null; {@link #toString()} and {@link #describe()} hide it
 * @param timeout the longest any call waits: to connect, for a reply, or for a free connection
 * @param poolSize the most connections the cache manager opens for commands
 * @param keyPrefix the first part of every key, which also isolates applications sharing a
 *     database
 */
public record RedisSettings(String host, int port, int database, boolean ssl, String user,
    String password, Duration timeout, int poolSize, String keyPrefix) {

  /** The timeout when none is configured. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
  /** The pool size when none is configured. */
  public static final int DEFAULT_POOL_SIZE = 16;
  /** The key prefix when none is configured. */
  public static final String DEFAULT_PREFIX = "tiercel";

  public RedisSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("Redis port must be 1-65535, was " + port);
    }
    if (database < 0) {
      throw new IllegalArgumentException("Redis database must be >= 0, was " + database);
    }
    if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Redis timeout must be positive, was " + timeout);
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("Redis pool size must be >= 1, was " + poolSize);
    }
    if (keyPrefix.isEmpty()) {
      throw new IllegalArgumentException("The key prefix must not be empty");
    }
  }

  /**
   * Reads {@code redis://[[user]:password@]host[:port][/database]} ({@code rediss://} for TLS),
   * with the default timeout, pool size and key prefix.
   *
   * @throws IllegalArgumentException if the URI is not such a URI, naming what is wrong (never
   *     the password)
   */
  public static RedisSettings fromUri(URI uri) {
    String scheme = uri.getScheme();
    if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("A Redis URI starts with redis:// or rediss://, not "
          + redact(uri));
    }
    // Split the authority by hand: Java leaves it unparsed for host names with '_' (as
    // docker-compose names services) and for passwords holding '@', '/' or '#'.
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      throw new IllegalArgumentException("The Redis URI " + redact(uri)
          + " names no host; write redis://host:port/database");
    }
    int at = authority.lastIndexOf('@');
    String userInfo = at < 0 ? null : authority.substring(0, at);
    String hostPort = authority.substring(at + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon > hostPort.lastIndexOf(']') ? hostPort.substring(0, colon) : hostPort;
    int port = 6379;
    if (colon > hostPort.lastIndexOf(']')) {
      try {
        port = Integer.parseInt(hostPort.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("The Redis URI " + redact(uri) + " names port '"
            + hostPort.substring(colon + 1) + "'; a port is a number", e);
      }
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("The Redis URI " + redact(uri)
          + " names no host; write redis://host:port/database");
    }
    String user = null;
    String password = null;
    if (userInfo != null && !userInfo.isEmpty()) {
      int split = userInfo.indexOf(':');
      if (split < 0) {
        // redis://secret@host is the common short form of a password alone.
        password = decode(userInfo);
      } else {
        String rawUser = userInfo.substring(0, split);
        user = rawUser.isEmpty() ? null : decode(rawUser);
        password = decode(userInfo.substring(split + 1));
      }
    }
    return new RedisSettings(host.startsWith("[") ? host.substring(1, host.length() - 1) : host,
        port, database(uri), "rediss".equalsIgnoreCase(scheme), user, password,
        DEFAULT_TIMEOUT, DEFAULT_POOL_SIZE, DEFAULT_PREFIX);
  }

  /** Returns these settings with another timeout. */
  public RedisSettings withTimeout(Duration newTimeout) {
    return new RedisSettings(host, port, database, ssl, user, password, newTimeout, poolSize,
        keyPrefix);
  }

  /** Returns the server for messages: {@code redis://host:port/db}, with no credentials. */
  public String describe() {
    return (ssl ? "rediss" : "redis") + "://" + (user == null ? "" : user + "@") + host + ":"
        + port + "/" + database;
  }

  @Override
  public String toString() {
    return "RedisSettings[" + describe() + ", password=" + (password == null ? "none" : "****")
        + ", timeout=" + timeout + ", poolSize=" + poolSize + ", keyPrefix=" + keyPrefix + "]";
  }

  private static int database(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty() || path.equals("/")) {
      return 0;
    }
    try {
      return Integer.parseInt(path.substring(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("The Redis URI " + redact(uri) + " names database '"
          + path.substring(1) + "'; a database is a number, as in redis://host:6379/1", e);
    }
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  /** Returns {@code uri} with any password replaced by {@code ****}, for messages and names. */
  public static String redact(URI uri) {
    String text = uri.toString();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String shown = colon < 0 ? "****" : userInfo.substring(0, colon) + ":****";
      return text.replace(userInfo + "@", shown + "@");
    }
    // Java parsed no user info (a host name with '_', or '@', '/' or '#' in the password): hide
    // everything between the scheme and the last '@'.
    int start = text.indexOf("://");
    int at = text.lastIndexOf('@');
    return start >= 0 && at > start ? text.substring(0, start + 3) + "****" + text.substring(at)
        : text;
  }
}
