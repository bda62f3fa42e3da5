package io.tiercel.jcache.codec;

/** Java serialization, read back through the class filter: any serializable value. */
final class JavaCodec implements ValueCodec {
  static final byte ID = 4;

  private final JavaSerialization serialization;

  JavaCodec(JavaSerialization serialization) {
    this.serialization = serialization;
  }

  @Override
  public byte id() {
    return ID;
  }

  @Override
  public byte[] encode(Object value) {
    return serialization.serialize(value);
  }

  @Override
  public Object decode(byte[] bytes, int offset, int length) {
    return serialization.deserialize(bytes, offset, length);
  }
}
