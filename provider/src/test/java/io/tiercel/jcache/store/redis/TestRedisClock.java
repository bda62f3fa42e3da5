package io.tiercel.jcache.store.redis;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Lets time pass for Redis keys without waiting: every key matching a pattern has its remaining
 * time to live shortened, and a key whose time is up is deleted, as Redis would expire it.
 *
 * <p>Redis's clock cannot be faked; shortening deadlines is the same as moving the clock forward
 * for the keys under test, give or take the milliseconds the test itself takes.
 */
public final class TestRedisClock implements AutoCloseable {
  private final Jedis jedis;

  /** Connects to the server at {@code url}. */
  public TestRedisClock(URI url) {
    this.jedis = new Jedis(url);
  }

  /** Moves the clock of every key matching {@code pattern} forward by {@code duration}. */
  public void elapse(String pattern, Duration duration) {
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> page = jedis.scan(cursor, new ScanParams().match(pattern).count(500));
      cursor = page.getCursor();
      shorten(page.getResult(), duration.toMillis());
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
  }

  @Override
  public void close() {
    jedis.close();
  }

  private void shorten(List<String> keys, long millis) {
    for (String key : keys) {
      long remaining = jedis.pttl(key);
      if (remaining < 0) {
        continue;
      }
      if (remaining - millis <= 0) {
        jedis.del(key);
      } else {
        jedis.pexpire(key, remaining - millis);
      }
    }
  }
}
