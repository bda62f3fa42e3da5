package io.tiercel.jcache.codec;

/**
 * Turns values into payload bytes and back, in one wire format; the id in each stored value's
 * header names the codec that wrote it, so readers never guess.
 */
public interface ValueCodec {

  /** Returns the id written in the header of values this codec encodes. */
  byte id();

  /**
   * Returns the payload of {@code value}.
   *
   * @throws IllegalArgumentException if the value cannot be encoded, saying why
   */
  byte[] encode(Object value);

  /**
   * Returns the value whose payload is {@code bytes[offset, offset + length)}.
   *
   * @throws DecodingException if the bytes are not such a payload
   */
  Object decode(byte[] bytes, int offset, int length);
}
