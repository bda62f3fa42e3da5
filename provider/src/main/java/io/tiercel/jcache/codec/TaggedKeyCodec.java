package io.tiercel.jcache.codec;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keys of caches whose key type is not a single text type: readable where possible, and tagged
 * so that keys of different types never share a name.
 *
 * <ul>
 *   <li>A string is itself ({@code alice}); one starting with {@code ~} gets a second
 *       {@code ~}.</li>
 *   <li>Numbers, characters, booleans and UUIDs are {@code ~} + a type letter + their text:
 *       {@code ~L1} (long), {@code ~I1} (int), {@code ~S}, {@code ~B}, {@code ~D}, {@code ~F},
 *       {@code ~C}, {@code ~Z}, {@code ~U}.</li>
 *   <li>Anything else is {@code ~J} + its Java serialization in URL-safe Base64, read back
 *       through the class filter.</li>
 * </ul>
 */
final class TaggedKeyCodec<K> implements KeyCodec<K> {
  private static final char TAG = '~';
  private static final Map<Class<?>, Character> LETTERS = Map.of(
      Long.class, 'L', Integer.class, 'I', Short.class, 'S', Byte.class, 'B', Double.class, 'D',
      Float.class, 'F', Character.class, 'C', Boolean.class, 'Z', UUID.class, 'U');
  private static final Map<Character, Function<String, Object>> PARSERS = Map.of(
      'L', Long::valueOf, 'I', Integer::valueOf, 'S', Short::valueOf, 'B', Byte::valueOf,
      'D', Double::valueOf, 'F', Float::valueOf, 'C', text -> text.charAt(0),
      'Z', Boolean::valueOf, 'U', UUID::fromString);

  private final Class<K> type;
  private final JavaSerialization serialization;

  TaggedKeyCodec(Class<K> type, JavaSerialization serialization) {
    this.type = type;
    this.serialization = serialization;
  }

  @Override
  public byte[] encode(K key) {
    String text;
    if (key instanceof String string) {
      text = string.isEmpty() || string.charAt(0) != TAG ? string : TAG + string;
    } else {
      Character letter = LETTERS.get(key.getClass());
      text = letter != null
          ? "" + TAG + letter + key
          : TAG + "J" + Base64.getUrlEncoder().withoutPadding()
              .encodeToString(serialization.serialize(key));
    }
    return Utf8.encode(text, "The key");
  }

  @Override
  public K decode(byte[] bytes, int offset, int length) {
    String text = Utf8.decode(bytes, offset, length);
    Object key = parse(text);
    if (key == null) {
      throw new DecodingException("Key '" + text + "' names no key (a serialized null)");
    }
    if (!type.isInstance(key)) {
      throw new DecodingException("Key '" + text + "' is a " + key.getClass().getName()
          + ", not a " + type.getName());
    }
    return type.cast(key);
  }

  private Object parse(String text) {
    if (text.length() < 2 || text.charAt(0) != TAG) {
      return text;
    }
    char letter = text.charAt(1);
    if (letter == TAG) {
      return text.substring(1);
    }
    String body = text.substring(2);
    try {
      if (letter == 'J') {
        byte[] serialized = Base64.getUrlDecoder().decode(body);
        return serialization.deserialize(serialized, 0, serialized.length);
      }
      Function<String, Object> parser = PARSERS.get(letter);
      if (parser != null) {
        Object key = parser.apply(body);
        // Only the form encode writes names a key: "~L042" must not decode to 42L.
        if (!key.toString().equals(body)) {
          throw new DecodingException("Key '" + text + "' is not how such a key is written");
        }
        return key;
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new DecodingException("Key '" + text + "' is not a valid tagged key", e);
    }
    throw new DecodingException("Key '" + text + "' has the unknown tag " + TAG + letter);
  }
}
