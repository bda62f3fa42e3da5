package io.tiercel.examples.hibernate;

import io.tiercel.jcache.spi.TiercelCachingProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.cache.CacheManager;
import org.hibernate.SessionFactory;
import org.hibernate.cache.jcache.internal.JCacheRegionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;

/**
 * One node of the shop: a Hibernate {@code SessionFactory} over an in-memory H2 database whose
 * second-level cache is Tiercel, configured by {@code hibernate/tiercel.yaml}.
 *
 * <ul>
 *   <li>Every node has a class loader of its own, as every JVM does: Tiercel keeps one cache
 *       manager per URI and class loader, and Hibernate asks for the class loader current when
 *       the factory starts, so two nodes in one test get two cache managers.</li>
 *   <li>Nodes started with the same database name share the database, as nodes of one
 *       application share theirs.</li>
 *   <li>Closing the node closes its session factory, which closes its cache manager.</li>
 * </ul>
 */
final class ShopNode implements AutoCloseable {
  /**
   * The configuration file, as the Hibernate property names it: a class path resource, which
   * Hibernate turns into its URL ({@code file:...}) and passes to Tiercel as the cache manager's
   * URI. (Hibernate reads {@code classpath://} with two slashes, not Tiercel's
   * {@code classpath:}.)
   */
  static final String CONFIG = "hibernate/tiercel.yaml";

  private final URLClassLoader classLoader;
  private final SessionFactory sessionFactory;

  private ShopNode(URLClassLoader classLoader, SessionFactory sessionFactory) {
    this.classLoader = classLoader;
    this.sessionFactory = sessionFactory;
  }

  /**
   * Starts a node on the database {@code database}, creating its schema when {@code schema} says
   * so; {@code extra} adds or replaces Hibernate properties.
   */
  static ShopNode start(String database, Action schema, Map<String, String> extra,
      Class<?>... entities) {
    Map<String, String> properties = new HashMap<>(cacheProperties());
    properties.put("hibernate.generate_statistics", "true");
    properties.putAll(extra);
    var configuration = new HibernatePersistenceConfiguration("shop")
        .managedClasses(List.of(entities))
        .jdbcUrl("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1")
        .jdbcCredentials("sa", "")
        .schemaToolingAction(schema)
        .properties(properties);
    var classLoader = new URLClassLoader(new URL[0], ShopNode.class.getClassLoader());
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(classLoader);
    try {
      return new ShopNode(classLoader, configuration.createEntityManagerFactory());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Starts a node with the shop's entities. */
  static ShopNode start(String database, Action schema) {
    return start(database, schema, Map.of(), Country.class, Customer.class);
  }

  /**
   * The Hibernate properties that put the second-level cache on Tiercel, as the README lists.
   * With {@code missing_cache_strategy=fail}, a region the file does not name fails the start
   * instead of being created with the {@code default} preset (eternal, unbounded in local mode).
   */
  static Map<String, String> cacheProperties() {
    return Map.of(
        "hibernate.cache.use_second_level_cache", "true",
        "hibernate.cache.use_query_cache", "true",
        "hibernate.cache.region.factory_class", "jcache",
        "hibernate.javax.cache.provider", TiercelCachingProvider.class.getName(),
        "hibernate.javax.cache.uri", CONFIG,
        "hibernate.javax.cache.missing_cache_strategy", "fail");
  }

  SessionFactory sessionFactory() {
    return sessionFactory;
  }

  Statistics statistics() {
    return sessionFactory.getStatistics();
  }

  /** The class loader Hibernate asked Tiercel's provider for a cache manager with. */
  ClassLoader classLoader() {
    return classLoader;
  }

  /** The cache manager Hibernate's JCache region factory uses. */
  CacheManager cacheManager() {
    var factory = (JCacheRegionFactory) sessionFactory.unwrap(SessionFactoryImplementor.class)
        .getCache().getRegionFactory();
    return factory.getCacheManager();
  }

  @Override
  public void close() throws Exception {
    try {
      sessionFactory.close();
    } finally {
      classLoader.close();
    }
  }
}
