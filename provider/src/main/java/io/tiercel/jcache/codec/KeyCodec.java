package io.tiercel.jcache.codec;

import java.util.function.Function;

/**
 * Turns keys into the bytes that name them outside the JVM, and back.
 *
 * <p>Lossless and deterministic: equal keys give equal bytes and unequal keys different bytes,
 * provided equal keys serialize equally (true of strings, numbers, records and value classes).
 */
public interface KeyCodec<K> {

  /**
   * Returns the bytes naming {@code key}.
   *
   * @throws IllegalArgumentException if the key cannot be encoded, saying why
   */
  byte[] encode(K key);

  /**
   * Returns the key named by {@code bytes[offset, offset + length)}.
   *
   * @throws DecodingException if the bytes name no key of this codec's type
   */
  K decode(byte[] bytes, int offset, int length);

  /**
   * Returns the codec for keys declared as {@code type}.
   *
   * <ul>
   *   <li>{@code String}, {@code Long}, {@code Integer}, {@code Short}, {@code Byte},
   *       {@code BigInteger} and {@code UUID} keys are their text: {@code 123}, {@code alice}.</li>
   *   <li>Keys of any other declared type are tagged so that {@code 1L}, {@code 1} and
   *       {@code "1"} differ: see {@link TaggedKeyCodec}.</li>
   * </ul>
   */
  static <K> KeyCodec<K> forType(Class<K> type, JavaSerialization serialization) {
    Function<String, ?> parser = TextKeyCodec.PARSERS.get(type);
    return parser != null
        ? new TextKeyCodec<>(type, parser)
        : new TaggedKeyCodec<>(type, serialization);
  }
}
