package io.tiercel.jcache.config;

import java.util.Objects;

/**
 * One Redis server of a Sentinel or Cluster topology, or the standalone server.
 *
 * @param host its host name or address (an IPv6 address without brackets)
 * @param port its port
 */
public record RedisNode(String host, int port) {

  public RedisNode {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("A Redis node needs a host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("A Redis port must be 1-65535, was " + port);
    }
  }

  /**
   * Reads {@code host:port} ({@code [::1]:6379} for IPv6).
   *
   * @throws IllegalArgumentException with the phrase following the quoted text in a message
   */
  static RedisNode parse(String text) {
    String trimmed = text.trim();
    int colon = trimmed.lastIndexOf(':');
    if (colon <= 0 || colon < trimmed.lastIndexOf(']')) {
      throw new IllegalArgumentException("is not host:port (a port is required)");
    }
    String host = trimmed.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = (int) Quantities.count(trimmed.substring(colon + 1), 1, 65535,
        "host:port with a port");
    if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("is not host:port (the host is not a name or address)");
    }
    return new RedisNode(host, port);
  }

  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
