package io.tiercel.cdi.invocation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheValue;

/**
 * Which parameters of a method make up the cache key and which one is the cached value.
 *
 * <ul>
 *   <li>Key parameters are those marked {@code @CacheKey}; if none is, every parameter but the
 *       {@code @CacheValue} one.</li>
 *   <li>Only {@code @CachePut} methods have a value parameter, exactly one.</li>
 * </ul>
 */
final class ParameterLayout {
  private final Class<?>[] types;
  private final List<Set<Annotation>> annotations;
  private final int[] keyPositions;
  private final int valuePosition;

  private ParameterLayout(Class<?>[] types, List<Set<Annotation>> annotations,
      int[] keyPositions, int valuePosition) {
    this.types = types;
    this.annotations = annotations;
    this.keyPositions = keyPositions;
    this.valuePosition = valuePosition;
  }

  /**
   * Reads the parameters of {@code method}, adding to {@code problems} every misplaced
   * {@code @CacheKey} or {@code @CacheValue}.
   */
  static ParameterLayout read(Method method, Operation operation, List<String> problems) {
    Class<?>[] types = method.getParameterTypes();
    Parameter[] parameters = method.getParameters();
    List<Set<Annotation>> annotations = new ArrayList<>(types.length);
    List<Integer> keys = new ArrayList<>();
    int value = -1;
    for (int i = 0; i < types.length; i++) {
      annotations.add(Collections.unmodifiableSet(
          new LinkedHashSet<>(Arrays.asList(parameters[i].getAnnotations()))));
      boolean isKey = parameters[i].isAnnotationPresent(CacheKey.class);
      if (parameters[i].isAnnotationPresent(CacheValue.class)) {
        if (operation != Operation.PUT) {
          problems.add("the parameter at position " + i + " is @CacheValue, which only @CachePut"
              + " uses");
        } else if (value >= 0) {
          problems.add("the parameters at positions " + value + " and " + i + " are both"
              + " @CacheValue; exactly one parameter is the value to put");
        } else {
          value = i;
        }
        if (isKey) {
          problems.add("the parameter at position " + i + " is both @CacheKey and @CacheValue");
        }
      }
      if (isKey) {
        keys.add(i);
      }
    }
    if (operation == Operation.PUT && value < 0 && problems.isEmpty()) {
      problems.add("no parameter is @CacheValue, so @CachePut has no value to put");
    }
    if (keys.isEmpty()) {
      for (int i = 0; i < types.length; i++) {
        if (i != value) {
          keys.add(i);
        }
      }
    }
    return new ParameterLayout(types, List.copyOf(annotations),
        keys.stream().mapToInt(Integer::intValue).toArray(), value);
  }

  /** Returns every argument of a call, as parameters. */
  CallParameter[] all(Object[] arguments) {
    CallParameter[] all = new CallParameter[types.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = parameter(arguments, i);
    }
    return all;
  }

  /** Returns the arguments of a call that make up its key, in order. */
  CallParameter[] keys(Object[] arguments) {
    CallParameter[] keys = new CallParameter[keyPositions.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = parameter(arguments, keyPositions[i]);
    }
    return keys;
  }

  /** Returns the argument of a call to put in the cache, or {@code null} if there is none. */
  CallParameter value(Object[] arguments) {
    return valuePosition < 0 ? null : parameter(arguments, valuePosition);
  }

  private CallParameter parameter(Object[] arguments, int position) {
    return new CallParameter(types[position], arguments[position], annotations.get(position),
        position);
  }
}
