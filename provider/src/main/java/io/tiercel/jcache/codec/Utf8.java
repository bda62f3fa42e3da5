package io.tiercel.jcache.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: text whose encoding would lose characters (a lone surrogate becomes {@code ?} in
 * Java's lenient encoding) is refused, so two different strings never share bytes.
 */
final class Utf8 {
  private Utf8() {}

  /** Returns whether {@code text} is well-formed UTF-16, so UTF-8 represents it exactly. */
  static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the UTF-8 bytes of {@code text}.
   *
   * @throws IllegalArgumentException if the text holds a lone surrogate, saying which {@code what}
   */
  static byte[] encode(String text, String what) {
    if (!isWellFormed(text)) {
      throw new IllegalArgumentException(what + " is not well-formed Unicode (it holds a lone"
          + " surrogate), so it has no exact UTF-8 form: " + text.replaceAll("[\\uD800-\\uDFFF]",
              "\\\\u????"));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the text of {@code bytes[offset, offset + length)}.
   *
   * @throws DecodingException if the bytes are not well-formed UTF-8
   */
  static String decode(byte[] bytes, int offset, int length) {
    String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
    // The lenient decoder marks what it could not read with U+FFFD; only then look closer.
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      throw new DecodingException("Not well-formed UTF-8: " + e, e);
    }
  }
}
