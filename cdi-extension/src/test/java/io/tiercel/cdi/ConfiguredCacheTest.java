package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.testing.Deployments;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheResult;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Caches the annotations name that the configuration file ({@code tiercel.yaml} of the tests)
 * configures, by name or pattern: the annotations use them with the file's settings.
 */
@ExtendWith(ArquillianExtension.class)
class ConfiguredCacheTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Quotes.class);
  }

  @Inject
  CacheManager cacheManager;

  @Inject
  Quotes quotes;

  @Test
  void cacheTheFileNames_isUsedWithItsPreset() {
    assertThat(quotes.quote("ACME")).isEqualTo(quotes.quote("ACME"));

    assertThat(Quotes.CALLS.get()).isEqualTo(1);
    CompleteConfiguration<?, ?> configuration = cacheManager.getCache("configured-quotes")
        .getConfiguration(CompleteConfiguration.class);
    assertThat(configuration.getExpiryPolicyFactory())
        .isEqualTo(CreatedExpiryPolicy.factoryOf(Duration.ONE_MINUTE));
    assertThat(configuration.isStatisticsEnabled()).isTrue();
  }

  @Test
  void cacheAPatternOfTheFileMatches_isUsedWithThePatternsPreset() {
    assertThat(quotes.country("NL")).isEqualTo("country NL");

    CompleteConfiguration<?, ?> configuration = cacheManager
        .getCache("configured-regions.Country").getConfiguration(CompleteConfiguration.class);
    assertThat(configuration.getExpiryPolicyFactory())
        .isEqualTo(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.HOURS, 24)));
  }

  /** A bean whose cached methods name caches the file configures. */
  public static class Quotes {
    static final AtomicInteger CALLS = new AtomicInteger();

    @CacheResult(cacheName = "configured-quotes")
    public String quote(String symbol) {
      return symbol + " " + CALLS.incrementAndGet();
    }

    @CacheResult(cacheName = "configured-regions.Country")
    public String country(String code) {
      return "country " + code;
    }
  }
}
