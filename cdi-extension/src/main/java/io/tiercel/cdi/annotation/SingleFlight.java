package io.tiercel.cdi.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns single-flight loading on or off for the {@code @CacheResult} methods of a class or for
 * one method; it is on when this annotation is absent.
 *
 * <p>With single flight, calls that miss the cache for the same key while a call for that key
 * is already running wait for it and share its outcome (its value, or its exception) instead of
 * running the method again. Turn it off for methods whose every call must run, for example
 * because the result depends on the caller's context.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SingleFlight {

  /** Whether concurrent misses for one key share one call of the method. */
  boolean value() default true;
}
