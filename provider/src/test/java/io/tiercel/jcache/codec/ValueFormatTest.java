package io.tiercel.jcache.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored values: a header naming the codec and a fresh stamp, then a readable payload. */
class ValueFormatTest {
  private static final JavaSerialization SERIALIZATION =
      new JavaSerialization(ValueFormatTest.class::getClassLoader, ClassFilter.defaults());

  record Order(String id, long cents, Instant at) {}

  @Test
  void string_isStoredAsUtf8AfterHeader() {
    ValueFormat<String> format = ValueFormat.forType(String.class, SERIALIZATION);

    byte[] stored = format.encode("héllo");

    assertThat(new String(stored, ValueFormat.HEADER_LENGTH,
        stored.length - ValueFormat.HEADER_LENGTH, StandardCharsets.UTF_8)).isEqualTo("héllo");
    assertThat(format.decode(stored)).isEqualTo("héllo");
  }

  @Test
  void record_isStoredAsJsonAndReadBack() {
    ValueFormat<Order> format = ValueFormat.forType(Order.class, SERIALIZATION);
    Order order = new Order("o-1", 1999, Instant.parse("2026-12-01T10:15:30Z"));

    byte[] stored = format.encode(order);

    assertThat(new String(stored, ValueFormat.HEADER_LENGTH,
        stored.length - ValueFormat.HEADER_LENGTH, StandardCharsets.UTF_8))
        .contains("\"id\":\"o-1\"").contains("\"cents\":1999");
    assertThat(format.decode(stored)).isEqualTo(order);
  }

  @Test
  void objectTyped_choosesCodecPerValue() {
    ValueFormat<Object> format = ValueFormat.forType(Object.class, SERIALIZATION);
    List<Object> values = List.of("text", new byte[] {1, 2}, 42L, new ArrayList<>(List.of(1)));

    for (Object value : values) {
      Object read = format.decode(format.encode(value));
      if (value instanceof byte[] bytes) {
        assertThat((byte[]) read).containsExactly(bytes);
      } else {
        assertThat(read).isEqualTo(value);
      }
    }
  }

  @Test
  void encode_sameValueTwice_givesDifferentStampsAndEqualPayloads() {
    ValueFormat<String> format = ValueFormat.forType(String.class, SERIALIZATION);

    byte[] first = format.encode("v");
    byte[] second = format.encode("v");

    assertThat(ValueFormat.stamp(first)).isNotEqualTo(ValueFormat.stamp(second));
    byte[] comparable = format.comparable("v");
    assertThat(comparable[0]).isEqualTo(first[2]);
    assertThat(Arrays.copyOfRange(first, ValueFormat.HEADER_LENGTH, first.length))
        .isEqualTo(Arrays.copyOfRange(comparable, 1, comparable.length));
  }

  @Test
  void comparable_stringAndBytesOfSameContent_differ() {
    ValueFormat<Object> format = ValueFormat.forType(Object.class, SERIALIZATION);

    assertThat(format.comparable("x")).isNotEqualTo(format.comparable("x".getBytes()));
  }

  @Test
  void string_withLoneSurrogate_roundTripsExactly() {
    ValueFormat<String> format = ValueFormat.forType(String.class, SERIALIZATION);
    String odd = "a\uD800b";

    assertThat(format.decode(format.encode(odd))).isEqualTo(odd);
  }

  @Test
  void decode_nullPayload_isDecodingException() {
    ValueFormat<Integer> format = ValueFormat.forType(Integer.class, SERIALIZATION);
    byte[] stored = format.encode(1);
    byte[] nullJson = Arrays.copyOf(stored, ValueFormat.HEADER_LENGTH + 4);
    System.arraycopy("null".getBytes(StandardCharsets.UTF_8), 0, nullJson,
        ValueFormat.HEADER_LENGTH, 4);

    assertThatThrownBy(() -> format.decode(nullJson)).isInstanceOf(DecodingException.class);
  }

  @Test
  void decode_foreignOrMistypedBytes_isDecodingExceptionSayingWhy() {
    ValueFormat<String> strings = ValueFormat.forType(String.class, SERIALIZATION);
    ValueFormat<Order> orders = ValueFormat.forType(Order.class, SERIALIZATION);
    byte[] foreign = "plain text".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> strings.decode(foreign)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("Not a Tiercel value");
    assertThatThrownBy(() -> orders.decode(strings.encode("{}")))
        .isInstanceOf(DecodingException.class).hasMessageContaining("Holds a java.lang.String");
    assertThat(ValueFormat.stamp(foreign)).isEmpty();
  }

  @Test
  void decode_truncatedJavaSerialization_isDecodingException() {
    ValueFormat<Object> format = ValueFormat.forType(Object.class, SERIALIZATION);
    byte[] stored = format.encode(new ArrayList<>(List.of("a", "b")));

    byte[] truncated = Arrays.copyOf(stored, stored.length - 5);

    assertThatThrownBy(() -> format.decode(truncated)).isInstanceOf(DecodingException.class);
  }

  /** Neither serializable nor a bean Jackson can see into. */
  static final class Opaque {
    private final int secret = 1;
  }

  @Test
  void encode_valueNeitherJsonNorSerializable_saysWhatToDo() {
    ValueFormat<Opaque> format = ValueFormat.forType(Opaque.class, SERIALIZATION);

    assertThatThrownBy(() -> format.encode(new Opaque()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Opaque.class.getName())
        .hasMessageContaining("JSON");
  }
}
