package io.tiercel.jcache.store.tiered;

import java.util.Arrays;

/**
 * A key as the near cache holds it: the bytes that name it in Redis, so the near cache tells
 * keys apart exactly as Redis does, and an invalidation, which names a key by those bytes, finds
 * its copy without decoding anything.
 */
final class NearKey {
  private final byte[] name;
  private final int hash;

  private NearKey(byte[] name) {
    this.name = name;
    this.hash = Arrays.hashCode(name);
  }

  /** Returns the key named {@code name}, which the key takes over. */
  static NearKey of(byte[] name) {
    return new NearKey(name);
  }

  /** Returns the key named {@code bytes[offset, bytes.length)}. */
  static NearKey of(byte[] bytes, int offset) {
    return new NearKey(Arrays.copyOfRange(bytes, offset, bytes.length));
  }

  /** Returns the name's bytes, not to be changed. */
  byte[] name() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NearKey that && hash == that.hash && Arrays.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
