package io.tiercel.tck.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tiercel.cdi.TiercelCacheExtension;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InterceptionType;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import javax.cache.annotation.BeanProvider;
import javax.cache.annotation.CacheResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Fails the build when the TCK's annotation tests would run as no-ops: they pass silently when
 * no {@link BeanProvider} loads, and test nothing of Tiercel's when its extension is missing.
 */
class AnnotationTckGuardTest {

  static final List<Class<?>> TCK_BEANS = WeldBeanProvider.TCK_BEANS;

  @Test
  void serviceLoader_findsExactlyTheWeldBeanProvider() {
    List<String> found = new ArrayList<>();
    ServiceLoader.load(BeanProvider.class).forEach(p -> found.add(p.getClass().getName()));

    assertEquals(List.of(WeldBeanProvider.class.getName()), found, "The TCK uses the first"
        + " BeanProvider ServiceLoader finds, and skips every annotation test if there is none");
  }

  @ParameterizedTest
  @FieldSource("TCK_BEANS")
  void beanProvider_tckBlogManager_resolvesToABean(Class<?> beanClass) {
    assertNotNull(new WeldBeanProvider().getBeanByType(beanClass),
        () -> beanClass.getName() + " is not a bean of the TCK's container");
  }

  @Test
  void container_hasTheTiercelExtension() {
    BeanManager beans = WeldBeanProvider.container().getBeanManager();

    assertNotNull(beans.getExtension(TiercelCacheExtension.class));
  }

  @ParameterizedTest
  @FieldSource("TCK_BEANS")
  void container_tckBlogManager_isInterceptedByTheCacheInterceptor(Class<?> beanClass)
      throws NoSuchMethodException {
    BeanManager beans = WeldBeanProvider.container().getBeanManager();
    CacheResult binding =
        beanClass.getMethod("getEntryCached", String.class).getAnnotation(CacheResult.class);
    if (binding == null) {
      binding = beanClass.getAnnotation(CacheResult.class);
    }
    assertNotNull(binding, () -> beanClass.getName() + " no longer uses @CacheResult");

    assertFalse(beans.resolveInterceptors(InterceptionType.AROUND_INVOKE, binding).isEmpty(),
        "No interceptor for @CacheResult: the Tiercel CDI extension is not active");
    assertTrue(beans.isInterceptorBinding(CacheResult.class));
  }
}
