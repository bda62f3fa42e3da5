package io.tiercel.jcache.codec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON through Jackson, for values of one declared type: readable in Redis, no class names. */
final class JsonCodec implements ValueCodec {
  static final byte ID = 3;
  /** A class with nothing Jackson can see would be written as {@code {}} and lose its state. */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  private final Class<?> type;

  JsonCodec(Class<?> type) {
    this.type = type;
  }

  @Override
  public byte id() {
    return ID;
  }

  @Override
  public byte[] encode(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("Cannot encode a " + value.getClass().getName()
          + " as JSON: " + e.getOriginalMessage() + ". Give it what Jackson needs (a record, or"
          + " getters and a default constructor), or make it Serializable", e);
    }
  }

  @Override
  public Object decode(byte[] bytes, int offset, int length) {
    try {
      return MAPPER.readValue(bytes, offset, length, type);
    } catch (JacksonException e) {
      throw new DecodingException("Not JSON for a " + type.getName() + ": "
          + e.getOriginalMessage(), e);
    }
  }
}
