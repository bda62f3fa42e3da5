package io.tiercel.jcache.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keys name entries in Redis losslessly: readable where they can be, distinct by type. */
class KeyCodecTest {
  private static final JavaSerialization SERIALIZATION =
      new JavaSerialization(KeyCodecTest.class::getClassLoader, ClassFilter.defaults());

  record Point(int x, int y) implements java.io.Serializable {}

  static List<Object> objectKeys() {
    return List.of("alice", "", "~", "~L1", "~~x", "1", 1, 1L, (short) 1, (byte) 1, 1.5d, 1.5f,
        'c', true, UUID.fromString("6f1c1c2e-7a3e-4d3e-9a3c-1b2c3d4e5f60"), new Point(1, 2),
        BigInteger.TEN, "ünïcødé ✓");
  }

  @ParameterizedTest
  @MethodSource("objectKeys")
  void objectTypedKeys_roundTrip(Object key) {
    KeyCodec<Object> codec = KeyCodec.forType(Object.class, SERIALIZATION);

    byte[] encoded = codec.encode(key);

    assertThat(codec.decode(encoded, 0, encoded.length)).isEqualTo(key);
  }

  @Test
  void objectTypedKeys_ofDifferentTypes_haveDifferentNames() {
    KeyCodec<Object> codec = KeyCodec.forType(Object.class, SERIALIZATION);

    List<String> names = objectKeys().stream()
        .map(key -> new String(codec.encode(key), StandardCharsets.UTF_8)).toList();

    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void declaredTextKeys_areTheirText() {
    assertThat(text(KeyCodec.forType(String.class, SERIALIZATION), "alice")).isEqualTo("alice");
    assertThat(text(KeyCodec.forType(Long.class, SERIALIZATION), 123L)).isEqualTo("123");
    assertThat(text(KeyCodec.forType(Object.class, SERIALIZATION), "alice")).isEqualTo("alice");
    assertThat(text(KeyCodec.forType(Object.class, SERIALIZATION), 123L)).isEqualTo("~L123");
  }

  @Test
  void decode_wrongTypeForDeclaredKeys_isDecodingException() {
    KeyCodec<Long> codec = KeyCodec.forType(Long.class, SERIALIZATION);
    byte[] text = "not a number".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> codec.decode(text, 0, text.length))
        .isInstanceOf(DecodingException.class).hasMessageContaining("not a number");
  }

  @Test
  void encode_loneSurrogate_isRefusedRatherThanSharingBytesWithQuestionMark() {
    KeyCodec<String> codec = KeyCodec.forType(String.class, SERIALIZATION);

    assertThatThrownBy(() -> codec.encode("\uD800")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lone surrogate");
    assertThat(text(codec, "?")).isEqualTo("?");
  }

  @Test
  void decode_nonCanonicalForms_areDecodingExceptions() {
    KeyCodec<Long> longs = KeyCodec.forType(Long.class, SERIALIZATION);
    KeyCodec<Object> objects = KeyCodec.forType(Object.class, SERIALIZATION);

    for (String text : List.of("042", "+42")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> longs.decode(bytes, 0, bytes.length))
          .as(text).isInstanceOf(DecodingException.class);
    }
    for (String text : List.of("~L042", "~Cab", "~Zxyz", "~D1.50")) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> objects.decode(bytes, 0, bytes.length))
          .as(text).isInstanceOf(DecodingException.class);
    }
  }

  @Test
  void decode_serializedNull_isDecodingException() {
    KeyCodec<Object> codec = KeyCodec.forType(Object.class, SERIALIZATION);
    byte[] text = ("~J" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
        new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 0x70})).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> codec.decode(text, 0, text.length))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void encode_keyNotSerializable_saysWhatToDo() {
    KeyCodec<Object> codec = KeyCodec.forType(Object.class, SERIALIZATION);

    assertThatThrownBy(() -> codec.encode(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object").hasMessageContaining("Serializable");
  }

  @SuppressWarnings("unchecked")
  private static <K> String text(KeyCodec<K> codec, Object key) {
    return new String(codec.encode((K) key), StandardCharsets.UTF_8);
  }
}
