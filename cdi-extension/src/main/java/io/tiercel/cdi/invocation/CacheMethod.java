package io.tiercel.cdi.invocation;

import java.lang.annotation.Annotation;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheMethodDetails;
import javax.cache.annotation.CacheResolverFactory;

/**
 * Everything about an annotated method that is the same for every call, read once from its
 * annotations, its class's annotations and {@code @CacheDefaults}.
 */
public final class CacheMethod {
  private final Operation operation;
  private final MethodDetails<? extends Annotation> details;
  private final ParameterLayout parameters;
  private final Class<? extends CacheResolverFactory> resolverFactory;
  private final Class<? extends CacheKeyGenerator> keyGenerator;
  private final Policy policy;

  CacheMethod(Operation operation, MethodDetails<? extends Annotation> details,
      ParameterLayout parameters, Class<? extends CacheResolverFactory> resolverFactory,
      Class<? extends CacheKeyGenerator> keyGenerator, Policy policy) {
    this.operation = operation;
    this.details = details;
    this.parameters = parameters;
    this.resolverFactory = resolverFactory;
    this.keyGenerator = keyGenerator;
    this.policy = policy;
  }

  /** Returns what the method does to the cache. */
  public Operation operation() {
    return operation;
  }

  /** Returns the method, its annotations and its cache name, as resolver factories see them. */
  public CacheMethodDetails<? extends Annotation> details() {
    return details;
  }

  /** Returns the cache resolver factory the annotations name, or {@code null} for the default. */
  public Class<? extends CacheResolverFactory> resolverFactory() {
    return resolverFactory;
  }

  /** Returns the key generator the annotations name, or {@code null} for the default. */
  public Class<? extends CacheKeyGenerator> keyGenerator() {
    return keyGenerator;
  }

  /** Returns how the method's calls use the cache. */
  public Policy policy() {
    return policy;
  }

  ParameterLayout parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return details.toString();
  }
}
