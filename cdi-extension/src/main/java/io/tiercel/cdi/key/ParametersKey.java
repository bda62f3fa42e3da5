package io.tiercel.cdi.key;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Arrays;
import javax.cache.annotation.GeneratedCacheKey;

/**
 * The default {@link GeneratedCacheKey}: the values of a call's key parameters, in order.
 *
 * <ul>
 *   <li>Two keys are equal when their values are, element by element and into arrays
 *       ({@link Arrays#deepEquals}); the hash code agrees ({@link Arrays#deepHashCode}).</li>
 *   <li>Immutable: the values are copied in, and never handed out as an array.</li>
 *   <li>Serializable when its values are; the hash is recomputed after deserialization, because
 *       values such as enums hash differently in every JVM.</li>
 * </ul>
 */
public final class ParametersKey implements GeneratedCacheKey {
  private static final long serialVersionUID = 1L;

  private final Object[] values;
  private transient int hash;

  /** Creates the key of {@code values}, which it copies. */
  public ParametersKey(Object... values) {
    this.values = values.clone();
    this.hash = Arrays.deepHashCode(this.values);
  }

  /** Returns how many values the key holds. */
  public int size() {
    return values.length;
  }

  /** Returns the value at {@code index}, the position among the key parameters. */
  public Object get(int index) {
    return values[index];
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof ParametersKey key && hash == key.hash
            && Arrays.deepEquals(values, key.values));
  }

  @Override
  public String toString() {
    return Arrays.deepToString(values);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    hash = Arrays.deepHashCode(values);
  }
}
