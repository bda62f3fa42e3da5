package io.tiercel.jcache.codec;

import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Keys of one text-like declared type, named by their text: {@code 123}, {@code alice}. */
final class TextKeyCodec<K> implements KeyCodec<K> {
  static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
      String.class, Function.identity(), Long.class, Long::valueOf,
      Integer.class, Integer::valueOf, Short.class, Short::valueOf, Byte.class, Byte::valueOf,
      BigInteger.class, BigInteger::new, UUID.class, UUID::fromString);

  private final Class<K> type;
  private final Function<String, ?> parser;

  TextKeyCodec(Class<K> type, Function<String, ?> parser) {
    this.type = type;
    this.parser = parser;
  }

  @Override
  public byte[] encode(K key) {
    return Utf8.encode(key.toString(), "The key");
  }

  @Override
  public K decode(byte[] bytes, int offset, int length) {
    String text = Utf8.decode(bytes, offset, length);
    K key;
    try {
      key = type.cast(parser.apply(text));
    } catch (RuntimeException e) {
      throw new DecodingException("'" + text + "' is not a " + type.getSimpleName() + " key", e);
    }
    // Only the form encode writes names a key: "042" and "42" must not both decode to 42.
    if (!key.toString().equals(text)) {
      throw new DecodingException("'" + text + "' is not how a " + type.getSimpleName()
          + " key is written (" + key + ")");
    }
    return key;
  }
}
