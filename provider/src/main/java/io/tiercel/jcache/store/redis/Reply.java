package io.tiercel.jcache.store.redis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.cache.CacheException;

/**
 * A script's reply: a status letter and, where the script saw one, the value under the key.
 *
 * <p>Statuses: {@code C} created, {@code U} updated, {@code R} removed, {@code N} nothing written
 * (a live value found was accessed), {@code P} a live value found and left untouched,
 * {@code D} written with a zero time to live (so removed or never stored), {@code X} expired by
 * an access with a zero time to live, {@code F} a commit whose entry had changed, {@code ?} a
 * time to live the script needs (the value then holds the branch letter).
 *
 * @param status the status letter
 * @param value the value the script found under the key, or null
 */
record Reply(char status, byte[] value) {

  /** Reads a script's raw reply; a failed command arrives as the exception to throw. */
  static Reply of(Object raw) {
    if (raw instanceof CacheException failure) {
      throw failure;
    }
    List<?> parts = (List<?>) raw;
    char status = (char) ((byte[]) parts.get(0))[0];
    return new Reply(status, parts.size() > 1 ? (byte[]) parts.get(1) : null);
  }

  /** Reads the reply of {@code SET ... GET}: the previous value, or none. */
  static Reply ofSet(Object raw) {
    if (raw instanceof CacheException failure) {
      throw failure;
    }
    byte[] previous = (byte[]) raw;
    return new Reply(previous == null ? 'C' : 'U', previous);
  }

  /** Returns the branch letter of a {@code ?} reply. */
  String branch() {
    return new String(value, StandardCharsets.US_ASCII);
  }
}
