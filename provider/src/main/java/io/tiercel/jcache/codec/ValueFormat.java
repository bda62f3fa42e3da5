package io.tiercel.jcache.codec;

import java.io.Serializable;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a cache's values are laid out outside the JVM: an 11-byte header, then the payload.
 *
 * <ul>
 *   <li>Header: a magic byte ({@code 0xE7}), the format version ({@code 1}), the id of the
 *       {@link ValueCodec} that wrote the payload, and an 8-byte random stamp that is new on every
 *       write, so a reader can tell two writes of equal values apart.</li>
 *   <li>Codec by declared value type: {@code String} as UTF-8, {@code byte[]} raw; JDK value
 *       types, records, enums and non-serializable classes as JSON; other serializable classes
 *       through Java serialization. Caches typed {@code Object} (or an interface, or an abstract
 *       class) choose per value: strings and byte arrays raw, anything else Java-serialized.
 *       A string that is not well-formed Unicode (a lone surrogate) is Java-serialized, since
 *       UTF-8 cannot hold it exactly.</li>
 *   <li>Reading checks the header and the type; bytes that do not fit are a
 *       {@link DecodingException}, never a value of the wrong type.</li>
 * </ul>
 */
public final class ValueFormat<V> {
  /** The number of header bytes before the payload. */
  public static final int HEADER_LENGTH = 11;
  private static final byte MAGIC = (byte) 0xE7;
  private static final byte VERSION = 1;
  private static final int STAMP_OFFSET = 3;

  private final Class<V> type;
  private final ValueCodec fixed;
  private final JavaCodec java;
  private final JsonCodec json;

  private ValueFormat(Class<V> type, ValueCodec fixed, JavaCodec java, JsonCodec json) {
    this.type = type;
    this.fixed = fixed;
    this.java = java;
    this.json = json;
  }

  /** Returns the format of values declared as {@code type}. */
  public static <V> ValueFormat<V> forType(Class<V> type, JavaSerialization serialization) {
    var java = new JavaCodec(serialization);
    if (type == String.class) {
      return new ValueFormat<>(type, RawCodec.UTF8, java, null);
    }
    if (type == byte[].class) {
      return new ValueFormat<>(type, RawCodec.BYTES, java, null);
    }
    if (isOpen(type)) {
      return new ValueFormat<>(type, null, java, null);
    }
    var json = new JsonCodec(type);
    boolean asJson = type.isRecord() || type.isEnum() || ImmutableTypes.isImmutable(type)
        || !Serializable.class.isAssignableFrom(type);
    return new ValueFormat<>(type, asJson ? json : java, java, json);
  }

  /**
   * Returns the format writing every value of {@code type} as JSON, whatever its class; the type
   * must be a class JSON can be read back into (not {@code Object} or an interface).
   */
  public static <V> ValueFormat<V> json(Class<V> type, JavaSerialization serialization) {
    if (isOpen(type)) {
      throw new IllegalArgumentException("JSON values need a concrete value type to be read back"
          + " into, not " + type.getName());
    }
    var json = new JsonCodec(type);
    return new ValueFormat<>(type, json, new JavaCodec(serialization), json);
  }

  /** Returns the format writing every value of {@code type} with Java serialization. */
  public static <V> ValueFormat<V> java(Class<V> type, JavaSerialization serialization) {
    var java = new JavaCodec(serialization);
    return new ValueFormat<>(type, java, java, isOpen(type) ? null : new JsonCodec(type));
  }

  /** Returns the stored form of {@code value}: header with a new stamp, then payload. */
  public byte[] encode(V value) {
    ValueCodec codec = codecOf(value);
    byte[] payload = codec.encode(value);
    byte[] stored = new byte[HEADER_LENGTH + payload.length];
    stored[0] = MAGIC;
    stored[1] = VERSION;
    stored[2] = codec.id();
    long stamp = ThreadLocalRandom.current().nextLong();
    for (int i = 0; i < 8; i++) {
      stored[STAMP_OFFSET + i] = (byte) (stamp >>> (56 - 8 * i));
    }
    System.arraycopy(payload, 0, stored, HEADER_LENGTH, payload.length);
    return stored;
  }

  /**
   * Returns what stored values are compared by: the id of the codec {@code value} is stored
   * with, then its payload (so a string and a byte array of the same bytes differ).
   */
  public byte[] comparable(V value) {
    ValueCodec codec = codecOf(value);
    byte[] payload = codec.encode(value);
    byte[] comparable = new byte[payload.length + 1];
    comparable[0] = codec.id();
    System.arraycopy(payload, 0, comparable, 1, payload.length);
    return comparable;
  }

  /**
   * Returns the value stored in {@code stored}.
   *
   * @throws DecodingException if the bytes were not written by this format, or hold another type
   */
  public V decode(byte[] stored) {
    if (!isOurs(stored)) {
      throw new DecodingException("Not a Tiercel value (" + stored.length + " bytes starting "
          + preview(stored) + ")");
    }
    ValueCodec codec = codecById(stored[2]);
    Object value = codec.decode(stored, HEADER_LENGTH, stored.length - HEADER_LENGTH);
    if (value == null) {
      throw new DecodingException("Holds null, which no cache entry can be");
    }
    if (!type.isInstance(value)) {
      throw new DecodingException("Holds a " + value.getClass().getName()
          + ", but the cache's value type is " + type.getName());
    }
    return type.cast(value);
  }

  /** Returns whether {@code stored} starts with this format's header. */
  public static boolean isOurs(byte[] stored) {
    return stored != null && stored.length >= HEADER_LENGTH && stored[0] == MAGIC
        && stored[1] == VERSION;
  }

  /** Returns the stamp of a stored value, or an empty array for bytes not in this format. */
  public static byte[] stamp(byte[] stored) {
    return isOurs(stored)
        ? Arrays.copyOfRange(stored, STAMP_OFFSET, STAMP_OFFSET + 8)
        : new byte[0];
  }

  private ValueCodec codecOf(V value) {
    if (value instanceof String text && !Utf8.isWellFormed(text)) {
      // A lone surrogate has no UTF-8 form; Java serialization keeps it exactly.
      return java;
    }
    if (fixed != null) {
      return fixed;
    }
    if (value instanceof String) {
      return RawCodec.UTF8;
    }
    return value instanceof byte[] ? RawCodec.BYTES : java;
  }

  private ValueCodec codecById(byte id) {
    if (id == RawCodec.UTF8.id()) {
      return RawCodec.UTF8;
    }
    if (id == RawCodec.BYTES.id()) {
      return RawCodec.BYTES;
    }
    if (id == JavaCodec.ID) {
      return java;
    }
    if (id == JsonCodec.ID && json != null) {
      return json;
    }
    throw new DecodingException("Written with codec " + id + ", which a cache of "
        + type.getName() + " values cannot read");
  }

  /** Returns whether values of {@code type} may be of many classes, so each chooses its codec. */
  static boolean isOpen(Class<?> type) {
    return type == Object.class || type.isInterface()
        || (Modifier.isAbstract(type.getModifiers()) && !type.isArray() && !type.isPrimitive());
  }

  private static String preview(byte[] bytes) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(8, bytes.length); i++) {
      hex.append(String.format("%02x", bytes[i]));
    }
    return hex.length() == 0 ? "(empty)" : hex.toString();
  }
}
