package io.tiercel.jcache.config;

/**
 * One checked value and where it was written.
 *
 * @param path the dotted key it was written at, from the top of the file
 *     ({@code caches.users.expiry.duration}), for messages
 * @param value the value read from the text: a {@code Duration}, a {@code Class}, ...
 * @param origin the line or override it came from
 */
record Setting(String path, Object value, Origin origin) {

  /** Returns where it was written, for messages: {@code redis.port (tiercel.yaml line 4)}. */
  String where() {
    return path + " (" + origin + ")";
  }

  /** Shows where it was written, never the value, which may be a password. */
  @Override
  public String toString() {
    return where();
  }
}
