package io.tiercel.cdi.annotation;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the cache an injected {@code javax.cache.Cache} is, so that
 * {@code @Inject @NamedCache("users") Cache<Long, User> users} needs no lookup code.
 *
 * <p>The cache comes from the application's {@code CacheManager} bean: a cache of that name the
 * manager already has or is configured to create, else a new one with the default
 * configuration. The name is not part of the bean's identity, so one producer serves every name.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface NamedCache {

  /** The name of the cache; it must not be blank. */
  @Nonbinding
  String value();

  /** An instance of the qualifier, for programmatic lookups. */
  final class Literal extends AnnotationLiteral<NamedCache> implements NamedCache {
    private static final long serialVersionUID = 1L;

    private final String value;

    private Literal(String value) {
      this.value = value;
    }

    /** Returns the qualifier naming {@code cacheName}. */
    public static Literal of(String cacheName) {
      return new Literal(cacheName);
    }

    @Override
    public String value() {
      return value;
    }
  }
}
