package io.tiercel.jcache.codec;

import java.util.Arrays;

/** Strings as UTF-8 and byte arrays as themselves: readable in Redis and cheap both ways. */
enum RawCodec implements ValueCodec {
  UTF8((byte) 1) {
    @Override
    public byte[] encode(Object value) {
      return Utf8.encode((String) value, "The string value");
    }

    @Override
    public Object decode(byte[] bytes, int offset, int length) {
      return Utf8.decode(bytes, offset, length);
    }
  },
  BYTES((byte) 2) {
    @Override
    public byte[] encode(Object value) {
      return (byte[]) value;
    }

    @Override
    public Object decode(byte[] bytes, int offset, int length) {
      return Arrays.copyOfRange(bytes, offset, offset + length);
    }
  };

  private final byte id;

  RawCodec(byte id) {
    this.id = id;
  }

  @Override
  public byte id() {
    return id;
  }
}
