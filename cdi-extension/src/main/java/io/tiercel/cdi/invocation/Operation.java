package io.tiercel.cdi.invocation;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResult;

/** The four cache annotations, each naming what a call of its methods does to the cache. */
public enum Operation {
  /** Return the cached result, else call the method and cache what it returns. */
  RESULT(CacheResult.class),
  /** Call the method and put its {@code @CacheValue} argument in the cache. */
  PUT(CachePut.class),
  /** Call the method and remove its key from the cache. */
  REMOVE(CacheRemove.class),
  /** Call the method and empty the cache. */
  REMOVE_ALL(CacheRemoveAll.class);

  private final Class<? extends Annotation> annotationType;

  Operation(Class<? extends Annotation> annotationType) {
    this.annotationType = annotationType;
  }

  /** Returns the annotation that asks for this operation. */
  public Class<? extends Annotation> annotationType() {
    return annotationType;
  }

  /** Returns the annotation as written in messages, such as {@code @CacheResult}. */
  public String label() {
    return "@" + annotationType.getSimpleName();
  }

  /** Returns the operations whose annotation {@code element} carries, in declaration order. */
  public static List<Operation> on(AnnotatedElement element) {
    List<Operation> found = new ArrayList<>(1);
    for (Operation operation : values()) {
      if (element.isAnnotationPresent(operation.annotationType)) {
        found.add(operation);
      }
    }
    return found;
  }
}
