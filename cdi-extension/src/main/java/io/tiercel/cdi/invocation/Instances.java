package io.tiercel.cdi.invocation;

/**
 * Supplies instances of the key generators and cache resolver factories that annotations name:
 * the container's bean when the class is one, else a new instance.
 */
public interface Instances extends AutoCloseable {

  /** Returns an instance of {@code type}. */
  <T> T get(Class<T> type);

  /** Releases the instances handed out; they must not be used afterwards. */
  @Override
  void close();
}
