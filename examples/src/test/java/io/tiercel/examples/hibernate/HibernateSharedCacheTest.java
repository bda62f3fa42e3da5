package io.tiercel.examples.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.cache.TiercelCacheManager;
import io.tiercel.jcache.config.TierMode;
import io.tiercel.jcache.testing.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the shop, each a {@code SessionFactory} with a cache manager of its own as two JVMs
 * have, share their second-level cache through a real Redis: the same configuration file, with
 * only {@code tiercel.redis.url} set where they run, makes them tiered.
 *
 * <ul>
 *   <li>Hibernate's own entries (entity state and collections, a {@code java.io.Serializable[]}
 *       of values) pass Tiercel's default class filter as they are: no structured entries
 *       needed.</li>
 *   <li>Both managers have the same URI in one JVM, so only the first publishes the statistics
 *       MBean of {@code Customer} (Tiercel warns); in two JVMs each publishes its own.</li>
 * </ul>
 */
class HibernateSharedCacheTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static RedisServer server;

  private final String database = "shared" + DATABASES.incrementAndGet();
  private ShopNode a;
  private ShopNode b;

  @BeforeAll
  static void startRedis() {
    server = RedisServer.startOrConnect();
    System.setProperty("tiercel.redis.url", server.url().toString());
  }

  @AfterAll
  static void stopRedis() {
    System.clearProperty("tiercel.redis.url");
    server.close();
  }

  @BeforeEach
  void startNodes() {
    a = startNode(Action.CREATE_DROP);
    b = startNode(Action.NONE);
    // A Redis named by REDIS_URL may hold the regions of an earlier run over another database.
    a.sessionFactory().getCache().evictAllRegions();
  }

  @AfterEach
  void closeNodes() throws Exception {
    try {
      b.close();
    } finally {
      a.close();
    }
  }

  @Test
  void start_eachNode_hasATieredCacheManagerOfItsOwn() {
    assertThat(a.cacheManager()).isNotSameAs(b.cacheManager());
    for (ShopNode node : new ShopNode[] {a, b}) {
      assertThat(node.cacheManager().unwrap(TiercelCacheManager.class).settings().mode())
          .isEqualTo(TierMode.TIERED);
    }
  }

  @Test
  void find_onTheOtherNode_readsWhatTheFirstCachedWithoutQueryingTheDatabase() {
    a.sessionFactory().inTransaction(session -> {
      Country country = new Country("DE", "Germany");
      session.persist(country);
      session.persist(new Customer(7L, "Emmy Noether", country));
    });
    b.statistics().clear();

    String name = b.sessionFactory().fromSession(s -> s.find(Customer.class, 7L).getName());

    assertThat(name).isEqualTo("Emmy Noether");
    assertThat(b.statistics().getSecondLevelCacheHitCount()).isEqualTo(1);
    assertThat(b.statistics().getPrepareStatementCount()).isZero();
  }

  @Test
  void update_onOneNode_isSeenByTheOtherNodesNextSession() {
    a.sessionFactory().inTransaction(session -> {
      Country country = new Country("IT", "Italy");
      session.persist(country);
      session.persist(new Customer(8L, "Maria Gaetana Agnesi", country));
    });
    assertThat(nameOnB(8L)).isEqualTo("Maria Gaetana Agnesi");

    a.sessionFactory().inTransaction(session -> session.find(Customer.class, 8L)
        .setName("Maria Agnesi"));

    // The other node's near copy is dropped when Redis's invalidation arrives, within
    // milliseconds; until then it may still serve the copy it holds.
    await().atMost(Duration.ofSeconds(5)).untilAsserted(
        () -> assertThat(nameOnB(8L)).isEqualTo("Maria Agnesi"));
    b.statistics().clear();
    assertThat(nameOnB(8L)).isEqualTo("Maria Agnesi");
    assertThat(b.statistics().getSecondLevelCacheHitCount()).isEqualTo(1);
    assertThat(b.statistics().getPrepareStatementCount()).isZero();
  }

  @Test
  void cacheableQuery_cachedOnOneNode_isReadByTheOtherFromTheQueryCache() {
    a.sessionFactory().inTransaction(session -> session.persist(new Country("PL", "Poland")));
    namesOfCountries(a);
    b.statistics().clear();

    String countries = namesOfCountries(b);

    assertThat(countries).isEqualTo("Poland");
    assertThat(b.statistics().getQueryCacheHitCount()).isEqualTo(1);
    assertThat(b.statistics().getPrepareStatementCount()).isZero();
  }

  @Test
  void collection_cachedOnOneNode_isReadByTheOtherFromTheCache() {
    a.sessionFactory().inTransaction(session -> {
      Country country = new Country("CZ", "Czechia");
      session.persist(country);
      session.persist(new Customer(9L, "Olga Taussky", country));
    });
    a.sessionFactory().inSession(session -> session.find(Country.class, "CZ").getCustomers()
        .size());
    b.statistics().clear();

    int customers = b.sessionFactory().fromSession(session -> session.find(Country.class, "CZ")
        .getCustomers().size());

    assertThat(customers).isEqualTo(1);
    assertThat(b.statistics().getDomainDataRegionStatistics(Country.class.getName()
        + ".customers").getHitCount()).isEqualTo(1);
    assertThat(b.statistics().getPrepareStatementCount()).isZero();
  }

  private static String namesOfCountries(ShopNode node) {
    List<String> names = node.sessionFactory().fromSession(session -> session
        .createSelectionQuery("select name from Country order by code", String.class)
        .setCacheable(true)
        .getResultList());
    return String.join(",", names);
  }

  /** Starts a node on this test's database. */
  private ShopNode startNode(Action schema) {
    return ShopNode.start(database, schema, Map.of(), Country.class, Customer.class);
  }

  private String nameOnB(long id) {
    SessionFactory sessionFactory = b.sessionFactory();
    return sessionFactory.fromSession(s -> s.find(Customer.class, id).getName());
  }
}
