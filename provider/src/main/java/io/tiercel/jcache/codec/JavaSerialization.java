package io.tiercel.jcache.codec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Java serialization of objects that leave the JVM, read back only through a {@link ClassFilter}
 * and resolved against the cache manager's class loader.
 */
public final class JavaSerialization {
  private final Supplier<ClassLoader> classLoader;
  private final ClassFilter filter;

  /**
   * Creates a serialization resolving classes through the loader {@code classLoader} supplies
   * (the thread's context loader once it supplies null) and admitting what {@code filter} allows.
   */
  public JavaSerialization(Supplier<ClassLoader> classLoader, ClassFilter filter) {
    this.classLoader = classLoader;
    this.filter = filter;
  }

  /**
   * Returns the serialized form of {@code object}.
   *
   * @throws IllegalArgumentException if it is not serializable, naming the class at fault
   */
  public byte[] serialize(Object object) {
    if (!(object instanceof Serializable)) {
      throw notSerializable(object.getClass().getName(), null);
    }
    return write(object, this::notSerializable);
  }

  /**
   * Returns the object serialized in {@code bytes[offset, offset + length)}.
   *
   * @throws DecodingException if the bytes are not a serialized object, or name a class the
   *     filter rejects or the class loader cannot see
   */
  public Object deserialize(byte[] bytes, int offset, int length) {
    String[] refusal = new String[1];
    try (var in = new LoaderObjectInputStream(
        new ByteArrayInputStream(bytes, offset, length), classLoader)) {
      in.setObjectInputFilter(filter.forPayload(length, why -> refusal[0] = why));
      return in.readObject();
    } catch (InvalidClassException e) {
      throw new DecodingException("Refused to deserialize: " + (refusal[0] != null ? refusal[0]
          : e.getMessage()), e);
    } catch (IOException | RuntimeException e) {
      throw new DecodingException("Not a readable serialized object: " + e, e);
    } catch (ClassNotFoundException e) {
      throw new DecodingException("Class " + e.getMessage()
          + " is not visible to the cache manager's class loader", e);
    }
  }

  /** Serializes {@code object}; a part that is not serializable is reported by {@code failure}. */
  static byte[] write(Object object, FailureMessage failure) {
    var bytes = new ByteArrayOutputStream(256);
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    } catch (NotSerializableException e) {
      throw failure.notSerializable(e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot serialize an object of type "
          + object.getClass().getName() + ": " + e, e);
    }
    return bytes.toByteArray();
  }

  private IllegalArgumentException notSerializable(String className, Exception cause) {
    return new IllegalArgumentException("Cannot store an object of type " + className
        + " in Redis: it is not java.io.Serializable. Make it Serializable (a value may instead"
        + " be of a declared type Tiercel encodes as JSON: a record, or a class with getters and"
        + " a default constructor)", cause);
  }

  /** Makes the exception for an object graph holding a class that is not serializable. */
  @FunctionalInterface
  interface FailureMessage {
    IllegalArgumentException notSerializable(String className, Exception cause);
  }
}
