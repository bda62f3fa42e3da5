package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.interceptor.CacheResultInterceptor;
import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InterceptionType;
import jakarta.inject.Inject;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bean archive with bean discovery mode {@code annotated}, which also holds the extension's
 * interceptor classes, as when a server scans the library jar as an implicit bean archive.
 */
@ExtendWith(ArquillianExtension.class)
class AnnotatedDiscoveryTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.annotated(Weather.class, NotABean.class)
        .addPackage(CacheResultInterceptor.class.getPackage());
  }

  @Inject
  Weather weather;

  @Inject
  Calls calls;

  @Inject
  BeanManager beanManager;

  @Inject
  Instance<NotABean> notABean;

  @Test
  void annotatedArchive_beanWithScope_isCached() {
    weather.forecast("paris");
    weather.forecast("paris");

    assertThat(calls.count("forecast", "paris")).isEqualTo(1);
  }

  @Test
  void annotatedArchive_classWithoutBeanDefiningAnnotation_isNotABean() {
    assertThat(notABean.isUnsatisfied()).isTrue();
  }

  @Test
  void libraryClassesScanned_cacheInterceptor_isRegisteredOnce() throws Exception {
    CacheResult binding =
        Weather.class.getMethod("forecast", String.class).getAnnotation(CacheResult.class);

    assertThat(beanManager.resolveInterceptors(InterceptionType.AROUND_INVOKE, binding))
        .hasSize(1);
  }

  /** A bean by its scope annotation. */
  @ApplicationScoped
  public static class Weather {
    @Inject
    Calls calls;

    @CacheResult(cacheName = "weather")
    public String forecast(String city) {
      calls.record("forecast", city);
      return "rain in " + city;
    }
  }

  /** Not a bean in an {@code annotated} archive: it has no bean-defining annotation. */
  public static class NotABean {}
}
