package io.tiercel.jcache.store.redis;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Walks one cache's Redis keys with {@code SCAN}, a page at a time, handing each key out once.
 *
 * <p>Weakly consistent, as {@code SCAN} is: keys present throughout are seen, others may or may
 * not be. Keys the decoder rejects (null) are skipped.
 */
final class KeyScan<T> implements Iterator<T> {
  static final int PAGE = 500;

  private final RedisGateway redis;
  private final ScanParams params;
  private final Function<byte[], T> decoder;
  private final Deque<T> page = new ArrayDeque<>();
  private final Set<ByteBuffer> seen = new HashSet<>();
  private byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY;
  private boolean finished;

  KeyScan(RedisGateway redis, byte[] pattern, Function<byte[], T> decoder) {
    this.redis = redis;
    this.params = new ScanParams().match(pattern).count(PAGE);
    this.decoder = decoder;
  }

  /** Returns the raw keys of the next page, or an empty list when the walk is over. */
  List<byte[]> nextPage() {
    while (!finished) {
      ScanResult<byte[]> result = redis.read(redis.commands().scan(cursor, params));
      cursor = result.getCursorAsBytes();
      finished = Arrays.equals(cursor, ScanParams.SCAN_POINTER_START_BINARY);
      List<byte[]> fresh = result.getResult().stream()
          .filter(key -> seen.add(ByteBuffer.wrap(key)))
          .toList();
      if (!fresh.isEmpty()) {
        return fresh;
      }
    }
    return List.of();
  }

  @Override
  public boolean hasNext() {
    while (page.isEmpty()) {
      List<byte[]> keys = nextPage();
      if (keys.isEmpty()) {
        return false;
      }
      for (byte[] key : keys) {
        T decoded = decoder.apply(key);
        if (decoded != null) {
          page.add(decoded);
        }
      }
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.poll();
  }
}
