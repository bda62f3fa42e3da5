package io.tiercel.jcache.testing;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts complete top-level RESP2 values in a byte stream fed in arbitrary chunks: commands on
 * a client's stream, replies on a server's.
 */
final class RespCounter {
  private final Deque<Long> pending = new ArrayDeque<>();
  private final StringBuilder line = new StringBuilder();
  private long bulkLeft = -1;
  private boolean midValue;

  /** Returns whether the last chunk ended between two top-level values. */
  boolean isIdle() {
    return !midValue;
  }

  /** Feeds {@code length} bytes and returns how many top-level values they completed. */
  int feed(byte[] bytes, int length) {
    int completed = 0;
    for (int i = 0; i < length; i++) {
      midValue = true;
      if (bulkLeft >= 0) {
        if (bulkLeft > 0) {
          long take = Math.min(bulkLeft, length - i);
          bulkLeft -= take;
          i += (int) take - 1;
          continue;
        }
        // The bulk's trailing \r\n: skip two bytes (the \r now, the \n next).
        bulkLeft = -2;
        continue;
      }
      if (bulkLeft == -2) {
        bulkLeft = -1;
        completed += endValue();
        continue;
      }
      char c = (char) bytes[i];
      if (c == '\n') {
        completed += endLine(line.toString());
        line.setLength(0);
      } else if (c != '\r') {
        line.append(c);
      }
    }
    return completed;
  }

  private int endLine(String text) {
    char type = text.charAt(0);
    long size = type == '*' || type == '$' ? Long.parseLong(text.substring(1)) : 0;
    if (type == '$' && size >= 0) {
      bulkLeft = size;
      return 0;
    }
    if (type == '*' && size > 0) {
      pending.push(size);
      return 0;
    }
    return endValue();
  }

  /** One value ended: count it against its array, or as a top-level value. */
  private int endValue() {
    while (!pending.isEmpty()) {
      long left = pending.pop() - 1;
      if (left > 0) {
        pending.push(left);
        return 0;
      }
    }
    midValue = false;
    return 1;
  }
}
