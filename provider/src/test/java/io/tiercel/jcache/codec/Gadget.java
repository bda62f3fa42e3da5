package io.tiercel.jcache.codec;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/** A serializable class whose deserialization is visible: it counts every instance read back. */
public final class Gadget implements Serializable {
  @Serial
  private static final long serialVersionUID = 1L;

  /** How many instances Java deserialization has created. */
  public static final AtomicInteger READS = new AtomicInteger();

  private final String payload;

  /** Creates a gadget carrying {@code payload}. */
  public Gadget(String payload) {
    this.payload = payload;
  }

  /** Returns the payload. */
  public String payload() {
    return payload;
  }

  @Serial
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    READS.incrementAndGet();
  }
}
