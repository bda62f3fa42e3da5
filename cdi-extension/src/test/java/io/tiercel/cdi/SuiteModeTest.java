package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.testing.Deployments;
import io.tiercel.cdi.testing.TestCacheManagers;
import io.tiercel.jcache.cache.TiercelCacheManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Fails the suite if the annotations do not use Tiercel in the mode the run asked for. */
@ExtendWith(ArquillianExtension.class)
class SuiteModeTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Echo.class);
  }

  @Inject
  Echo echo;

  @Inject
  CacheManager cacheManager;

  @Test
  void annotatedCache_isInTheModeTheRunAskedFor() {
    echo.echo("mode");

    CacheManager owner = cacheManager.getCache("echoes").getCacheManager();
    assertThat(owner.unwrap(TiercelCacheManager.class).settings().mode().name()
        .toLowerCase(Locale.ROOT))
        .isEqualTo(System.getProperty(TestCacheManagers.MODE_PROPERTY, "local"));
  }

  /** A bean with one cached method. */
  @ApplicationScoped
  public static class Echo {
    @CacheResult(cacheName = "echoes")
    public String echo(String word) {
      return word;
    }
  }
}
