package io.tiercel.jcache.codec;

/** Bytes read from outside the JVM could not be turned back into a key or a value. */
public final class DecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message saying what was read and why it failed. */
  public DecodingException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message saying what was read and why it failed. */
  public DecodingException(String message) {
    super(message);
  }
}
