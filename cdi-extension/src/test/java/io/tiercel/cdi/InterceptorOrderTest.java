package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cache interceptors among the application's: those of lower priority see every call, those
 * of {@code APPLICATION} priority only the calls that reach the method.
 */
@ExtendWith(ArquillianExtension.class)
class InterceptorOrderTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Pricing.class, Metered.class, MeteredInterceptor.class, Audited.class,
        AuditedInterceptor.class, Trimmed.class, TrimmedInterceptor.class);
  }

  @Inject
  Pricing pricing;

  @Inject
  Calls calls;

  @Test
  void cacheHit_outerInterceptor_seesEveryCall() {
    pricing.price("a");
    pricing.price("a");

    assertThat(calls.count("metered", "a")).isEqualTo(2);
  }

  @Test
  void cacheHit_applicationInterceptor_seesOnlyCallsThatReachTheMethod() {
    pricing.price("b");
    pricing.price("b");

    assertThat(calls.count("audited", "b")).isEqualTo(1);
    assertThat(calls.count("price", "b")).isEqualTo(1);
  }

  @Test
  void outerInterceptorChangingArguments_cacheKeysTheChangedArguments() {
    pricing.price("  c ");
    pricing.price("c");

    assertThat(calls.count("price", "c")).isEqualTo(1);
  }

  private static Object countAndProceed(Calls calls, String name, InvocationContext context)
      throws Exception {
    calls.record(name, context.getParameters()[0]);
    return context.proceed();
  }

  /** Binds an interceptor that runs before the cache. */
  @InterceptorBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Metered {}

  /** Binds an interceptor that runs after the cache. */
  @InterceptorBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Audited {}

  /** Binds an interceptor that trims string arguments before the cache sees them. */
  @InterceptorBinding
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  public @interface Trimmed {}

  /** Counts every call, hit or miss. */
  @Metered
  @Interceptor
  @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
  public static class MeteredInterceptor {
    @Inject
    Calls calls;

    @AroundInvoke
    Object meter(InvocationContext context) throws Exception {
      return countAndProceed(calls, "metered", context);
    }
  }

  /** Counts the calls that get past the cache. */
  @Audited
  @Interceptor
  @Priority(Interceptor.Priority.APPLICATION)
  public static class AuditedInterceptor {
    @Inject
    Calls calls;

    @AroundInvoke
    Object audit(InvocationContext context) throws Exception {
      return countAndProceed(calls, "audited", context);
    }
  }

  /** Trims the first argument. */
  @Trimmed
  @Interceptor
  @Priority(Interceptor.Priority.LIBRARY_BEFORE)
  public static class TrimmedInterceptor {
    @AroundInvoke
    Object trim(InvocationContext context) throws Exception {
      Object[] parameters = context.getParameters();
      parameters[0] = ((String) parameters[0]).trim();
      context.setParameters(parameters);
      return context.proceed();
    }
  }

  /** A bean with the cache and the application's interceptors on one method. */
  @ApplicationScoped
  public static class Pricing {
    @Inject
    Calls calls;

    @Metered
    @Audited
    @Trimmed
    @CacheResult(cacheName = "ordered-prices")
    public String price(String sku) {
      calls.record("price", sku);
      return "price of " + sku;
    }
  }
}
