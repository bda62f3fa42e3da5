package io.tiercel.jcache.config;

import io.tiercel.jcache.codec.ClassFilter;
import java.io.Serializable;
import java.util.Objects;

/**
 * How a cache's keys and values are typed and written in Redis.
 *
 * @param keyType the declared key type ({@code Object} by default)
 * @param valueType the declared value type ({@code Object} by default)
 * @param codec how values are written
 * @param classFilter which classes Java-serialized data read from Redis may be (the manager's
 *     {@code class-filter})
 */
public record CodecSettings(Class<?> keyType, Class<?> valueType, CodecChoice codec,
    ClassFilter classFilter) {

  public CodecSettings {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(classFilter, "classFilter");
  }

  /** Returns why {@code codec} cannot write values of {@code type}, or null if it can. */
  public static String mismatch(CodecChoice codec, Class<?> type) {
    return switch (codec) {
      case STRING -> type == String.class ? null : "needs value-type java.lang.String";
      case BYTES -> type == byte[].class ? null : "needs value-type byte[]";
      case JSON -> type == Object.class || type.isInterface() ? "needs a value-type to read the"
          + " JSON back into (a class, not " + type.getName() + ")" : null;
      case JAVA -> type.isInterface() || type == Object.class
          || Serializable.class.isAssignableFrom(type) ? null
          : "needs a Serializable value-type, not " + type.getName();
      default -> null;
    };
  }
}
