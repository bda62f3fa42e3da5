package io.tiercel.cdi.invocation;

import java.util.List;

/**
 * Decides whether an exception is selected by an annotation's pair of exception lists, such as
 * {@code cachedExceptions} / {@code nonCachedExceptions} or {@code evictFor} / {@code noEvictFor}.
 *
 * <ul>
 *   <li>Both lists empty: the answer is {@code whenBothEmpty} ({@code @CacheResult} caches
 *       every exception; {@code @CachePut} and the removals act on none).</li>
 *   <li>Otherwise an exception is selected when it is an instance of a class in
 *       {@code included} (or {@code included} is empty) and of none in {@code excluded}.</li>
 * </ul>
 *
 * @param included the classes whose instances are selected
 * @param excluded the classes whose instances are never selected
 * @param whenBothEmpty the answer when both lists are empty
 */
public record ExceptionFilter(List<Class<? extends Throwable>> included,
    List<Class<? extends Throwable>> excluded, boolean whenBothEmpty) {

  /** Copies the lists, so the filter cannot change. */
  public ExceptionFilter {
    included = List.copyOf(included);
    excluded = List.copyOf(excluded);
  }

  /** Returns the filter of an annotation's two exception lists. */
  static ExceptionFilter of(Class<? extends Throwable>[] included,
      Class<? extends Throwable>[] excluded, boolean whenBothEmpty) {
    return new ExceptionFilter(List.of(included), List.of(excluded), whenBothEmpty);
  }

  /** Returns whether neither list names a class. */
  public boolean isEmpty() {
    return included.isEmpty() && excluded.isEmpty();
  }

  /** Returns whether {@code exception} is selected. */
  public boolean test(Throwable exception) {
    if (isEmpty()) {
      return whenBothEmpty;
    }
    return (included.isEmpty() || isInstance(included, exception))
        && !isInstance(excluded, exception);
  }

  private static boolean isInstance(List<Class<? extends Throwable>> types, Throwable exception) {
    for (Class<? extends Throwable> type : types) {
      if (type.isInstance(exception)) {
        return true;
      }
    }
    return false;
  }
}
