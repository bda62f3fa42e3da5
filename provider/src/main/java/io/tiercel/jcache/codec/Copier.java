package io.tiercel.jcache.codec;

/** Makes a copy of an object that shares no mutable state with it (store-by-value). */
@FunctionalInterface
public interface Copier {

  /** Returns an independent copy of {@code object}, or {@code object} itself if it is immutable. */
  <T> T copy(T object);

  /** Returns the copier of store-by-reference caches: it hands back the same instance. */
  static Copier identity() {
    return IdentityCopier.INSTANCE;
  }
}
