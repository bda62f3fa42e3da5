package io.tiercel.examples.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.spi.TiercelCachingProvider;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.Factory;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.spi.CachingProvider;
import org.hibernate.SessionFactory;
import org.hibernate.cache.CacheException;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hibernate ORM's second-level cache on Tiercel in local mode: the regions Hibernate creates get
 * their settings from {@code hibernate/tiercel.yaml} by name or pattern, without code; a later
 * session reads entities from the cache, and sees an update at once.
 */
class HibernateSecondLevelCacheTest {
  private static final String COUNTRY = Country.class.getName();
  private static final String CUSTOMERS_OF_COUNTRY = COUNTRY + ".customers";
  private static final String CUSTOMER = Customer.class.getName();
  private static final String QUERY_RESULTS = "default-query-results-region";
  private static final String TIMESTAMPS = "default-update-timestamps-region";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private ShopNode node;
  private SessionFactory sessionFactory;
  private Statistics statistics;

  @BeforeEach
  void start() {
    node = ShopNode.start(newDatabase(), Action.CREATE_DROP);
    sessionFactory = node.sessionFactory();
    statistics = node.statistics();
  }

  @AfterEach
  void close() throws Exception {
    node.close();
  }

  @Test
  void start_regionNames_areTheClassesTheRolesAndHibernatesDefaults() {
    assertThat(statistics.getSecondLevelCacheRegionNames())
        .containsExactlyInAnyOrder(COUNTRY, CUSTOMERS_OF_COUNTRY, CUSTOMER, QUERY_RESULTS);
    assertThat(node.cacheManager().getCacheNames())
        .containsExactlyInAnyOrder(COUNTRY, CUSTOMERS_OF_COUNTRY, CUSTOMER, QUERY_RESULTS,
            TIMESTAMPS);
  }

  @Test
  void start_entityRegionsMatchingThePattern_getTheStaticPreset() {
    for (String region : new String[] {COUNTRY, CUSTOMERS_OF_COUNTRY}) {
      Cache<?, ?> cache = node.cacheManager().getCache(region);

      assertThat(expiryOf(cache)).as(region)
          .isEqualTo(CreatedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(
              TimeUnit.HOURS, 24)));
      assertThat(tiercelConfigurationOf(cache).getMaximumSize()).as(region).isEqualTo(50_000);
      assertThat(tiercelConfigurationOf(cache).getNearCacheTimeCap()).as(region)
          .isEqualTo(Duration.ofHours(1));
    }
  }

  @Test
  void start_entityRegionNamedExactly_getsItsOwnPreset() {
    Cache<?, ?> customers = node.cacheManager().getCache(CUSTOMER);

    assertThat(expiryOf(customers)).isEqualTo(CreatedExpiryPolicy.factoryOf(
        new javax.cache.expiry.Duration(TimeUnit.MINUTES, 30)));
    assertThat(tiercelConfigurationOf(customers).getMaximumSize()).isEqualTo(20_000);
    assertThat(tiercelConfigurationOf(customers).getNearCacheTimeCap())
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(customers.getConfiguration(CompleteConfiguration.class).isStatisticsEnabled())
        .isTrue();
  }

  @Test
  void start_queryCacheRegions_getTheQueryAndDefaultPresets() {
    Cache<?, ?> results = node.cacheManager().getCache(QUERY_RESULTS);
    Cache<?, ?> timestamps = node.cacheManager().getCache(TIMESTAMPS);

    assertThat(expiryOf(results)).isEqualTo(CreatedExpiryPolicy.factoryOf(
        new javax.cache.expiry.Duration(TimeUnit.MINUTES, 5)));
    assertThat(tiercelConfigurationOf(results).getNearCacheMaximumBytes())
        .isEqualTo(64L * 1024 * 1024);
    assertThat(expiryOf(timestamps)).isEqualTo(EternalExpiryPolicy.factoryOf());
    assertThat(tiercelConfigurationOf(timestamps).getMaximumSize()).isEqualTo(-1);
  }

  @Test
  void cacheManager_ofTheFilesUrlAndHibernatesClassLoader_isTheOneHibernateUses()
      throws Exception {
    URI file = getClass().getClassLoader().getResource("hibernate/tiercel.yaml").toURI();
    CachingProvider provider = Caching.getCachingProvider(
        TiercelCachingProvider.class.getName(), node.classLoader());

    assertThat(node.cacheManager().getURI()).isEqualTo(file);
    assertThat(provider.getCacheManager(file, node.classLoader()))
        .isSameAs(node.cacheManager());
  }

  @Test
  void find_inALaterSession_readsTheSecondLevelCacheNotTheDatabase() {
    sessionFactory.inTransaction(session -> session.persist(new Country("NL", "Netherlands")));
    sessionFactory.getCache().evictAllRegions();
    statistics.clear();

    String first = sessionFactory.fromSession(s -> s.find(Country.class, "NL").getName());
    long statementsAfterFirst = statistics.getPrepareStatementCount();
    String second = sessionFactory.fromSession(s -> s.find(Country.class, "NL").getName());

    assertThat(first).isEqualTo(second).isEqualTo("Netherlands");
    assertThat(statementsAfterFirst).isEqualTo(1);
    assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    assertThat(statistics.getSecondLevelCacheMissCount()).isEqualTo(1);
    assertThat(statistics.getSecondLevelCacheHitCount()).isEqualTo(1);
    assertThat(statistics.getDomainDataRegionStatistics(COUNTRY).getHitCount()).isEqualTo(1);
    assertThat(node.cacheManager().getCache(COUNTRY)).hasSize(1);
  }

  @Test
  void find_afterAnUpdateThroughHibernate_readsTheNewStateFromTheCache() {
    sessionFactory.inTransaction(session -> {
      Country country = new Country("GB", "United Kingdom");
      session.persist(country);
      session.persist(new Customer(1L, "Ada Lovelace", country));
    });
    sessionFactory.fromSession(s -> s.find(Customer.class, 1L).getName());

    sessionFactory.inTransaction(session -> session.find(Customer.class, 1L).setName("Ada King"));
    statistics.clear();
    String name = sessionFactory.fromSession(s -> s.find(Customer.class, 1L).getName());

    assertThat(name).isEqualTo("Ada King");
    assertThat(statistics.getSecondLevelCacheHitCount()).isEqualTo(1);
    assertThat(statistics.getPrepareStatementCount()).isZero();
  }

  @Test
  void cacheableQuery_afterAnUpdateOfItsTable_runsAgainInsteadOfServingTheOldResult() {
    sessionFactory.inTransaction(session -> session.persist(new Country("FR", "France")));
    namesOfCountries();
    statistics.clear();

    String cached = namesOfCountries();
    sessionFactory.inTransaction(session -> session.find(Country.class, "FR")
        .setName("République française"));
    String afterUpdate = namesOfCountries();

    assertThat(cached).isEqualTo("France");
    assertThat(afterUpdate).isEqualTo("République française");
    assertThat(statistics.getQueryCacheHitCount()).isEqualTo(1);
    assertThat(statistics.getQueryCacheMissCount()).isEqualTo(1);
    assertThat(node.cacheManager().getCache(TIMESTAMPS)).isNotEmpty();
  }

  @Test
  void start_regionTheFileDoesNotNameWithMissingCachesFailing_fails() {
    assertThatThrownBy(() -> ShopNode.start(newDatabase(), Action.CREATE_DROP, Map.of(),
        PageView.class)).hasRootCauseInstanceOf(CacheException.class)
        .rootCause().hasMessageContaining("[" + PageView.REGION + "]");
  }

  @Test
  void start_regionTheFileDoesNotNameWithMissingCachesCreated_getsTheDefaultPreset()
      throws Exception {
    try (ShopNode pages = ShopNode.start(newDatabase(), Action.CREATE_DROP,
        Map.of("hibernate.javax.cache.missing_cache_strategy", "create"), PageView.class)) {
      Cache<?, ?> cache = pages.cacheManager().getCache(PageView.REGION);

      assertThat(expiryOf(cache)).isEqualTo(EternalExpiryPolicy.factoryOf());
      assertThat(tiercelConfigurationOf(cache).getMaximumSize()).isEqualTo(-1);
    }
  }

  private String namesOfCountries() {
    List<String> names = sessionFactory.fromSession(session -> session
        .createSelectionQuery("select name from Country order by code", String.class)
        .setCacheable(true)
        .getResultList());
    return String.join(",", names);
  }

  private static Factory<ExpiryPolicy> expiryOf(Cache<?, ?> cache) {
    @SuppressWarnings("unchecked")
    CompleteConfiguration<Object, Object> configuration =
        cache.getConfiguration(CompleteConfiguration.class);
    return configuration.getExpiryPolicyFactory();
  }

  private static TiercelConfiguration<?, ?> tiercelConfigurationOf(Cache<?, ?> cache) {
    return cache.getConfiguration(TiercelConfiguration.class);
  }

  private static String newDatabase() {
    return "shop" + DATABASES.incrementAndGet();
  }
}
