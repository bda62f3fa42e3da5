package io.tiercel.cdi.key;

import java.lang.annotation.Annotation;
import javax.cache.annotation.CacheInvocationParameter;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.GeneratedCacheKey;

/**
 * The key generator used when an annotation names none: the key is the call's key parameters
 * (those marked {@code @CacheKey}, else all but the {@code @CacheValue} one), as a
 * {@link ParametersKey}.
 */
public final class ParametersKeyGenerator implements CacheKeyGenerator {

  @Override
  public GeneratedCacheKey generateCacheKey(
      CacheKeyInvocationContext<? extends Annotation> context) {
    CacheInvocationParameter[] parameters = context.getKeyParameters();
    Object[] values = new Object[parameters.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = parameters[i].getValue();
    }
    return new ParametersKey(values);
  }
}
