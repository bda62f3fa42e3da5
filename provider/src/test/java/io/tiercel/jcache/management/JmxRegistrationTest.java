package io.tiercel.jcache.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.tiercel.jcache.management.JmxRegistration.MBeanKind;
import java.lang.management.ManagementFactory;
import java.net.URI;
import javax.cache.CacheException;
import javax.cache.configuration.MutableConfiguration;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class JmxRegistrationTest {

  private static final URI DEFAULT_URI = URI.create("urn:X-tiercel:jsr107-default-config");

  private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

  private String cacheName;

  @AfterEach
  void tearDown() throws Exception {
    if (cacheName != null) {
      for (ObjectName name : server.queryNames(
          new ObjectName("javax.cache:Cache=" + cacheName + ",*"), null)) {
        server.unregisterMBean(name);
      }
    }
  }

  @Test
  void objectName_defaultUri_matchesSpecScheme() throws Exception {
    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, "users", MBeanKind.STATISTICS);

    assertThat(name).isEqualTo(new ObjectName(
        "javax.cache:type=CacheStatistics,CacheManager=urn.X-tiercel.jsr107-default-config,"
            + "Cache=users"));
    assertThat(name.isPattern()).isFalse();
  }

  @Test
  void objectName_configurationKind_usesCacheConfigurationType() {
    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, "users", MBeanKind.CONFIGURATION);

    assertThat(name.getDomain()).isEqualTo("javax.cache");
    assertThat(name.getKeyProperty("type")).isEqualTo("CacheConfiguration");
    assertThat(name.getKeyProperty("CacheManager"))
        .isEqualTo("urn.X-tiercel.jsr107-default-config");
    assertThat(name.getKeyProperty("Cache")).isEqualTo("users");
  }

  @Test
  void objectName_nameWithSpaces_keepsSpaces() {
    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, "new cache", MBeanKind.STATISTICS);

    assertThat(name.getKeyProperty("Cache")).isEqualTo("new cache");
  }

  @Test
  void objectName_oddUriAndName_isValidAndNotAPattern() {
    URI uri = URI.create("redis://user@host:6379/0?x=1,y=2");
    String name = "a,b=c:d\ne\"f*g?h";

    ObjectName objectName = JmxRegistration.objectName(uri, name, MBeanKind.STATISTICS);

    assertThat(objectName.isPattern()).isFalse();
    assertThat(objectName.getKeyProperty("CacheManager"))
        .isEqualTo("redis.//user@host.6379/0.x.1.y.2");
    assertThat(objectName.getKeyProperty("Cache")).isEqualTo("a.b.c.d.e.f.g.h");
  }

  @Test
  void sanitize_riCharacters_becomeDots() {
    assertThat(JmxRegistration.sanitize("a,b:c=d\ne")).isEqualTo("a.b.c.d.e");
    assertThat(JmxRegistration.sanitize("plain name-1_x/y")).isEqualTo("plain name-1_x/y");
    assertThat(JmxRegistration.sanitize("")).isEmpty();
  }

  @Test
  void register_statistics_attributesReadableByObjectName(TestInfo info) throws Exception {
    cacheName = uniqueName(info);
    CacheStatistics statistics = new CacheStatistics();
    statistics.setEnabled(true);
    statistics.recordHits(3);
    statistics.recordMisses(1);
    statistics.recordGetTime(8_000);

    JmxRegistration.register(statistics, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    assertThat(server.getAttribute(name, "CacheHits")).isEqualTo(3L);
    assertThat(server.getAttribute(name, "CacheMisses")).isEqualTo(1L);
    assertThat(server.getAttribute(name, "CacheGets")).isEqualTo(4L);
    assertThat(server.getAttribute(name, "CacheHitPercentage")).isEqualTo(75f);
    assertThat(server.getAttribute(name, "AverageGetTime")).isEqualTo(2f);
    assertThat(server.getAttribute(name, "AveragePutTime")).isEqualTo(0f);
  }

  @Test
  void register_statistics_clearInvokableThroughServer(TestInfo info) throws Exception {
    cacheName = uniqueName(info);
    CacheStatistics statistics = new CacheStatistics();
    statistics.setEnabled(true);
    statistics.recordPuts(2);
    JmxRegistration.register(statistics, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    server.invoke(name, "clear", new Object[0], new String[0]);

    assertThat(server.getAttribute(name, "CachePuts")).isEqualTo(0L);
  }

  @Test
  void register_configuration_attributesReadableByObjectName(TestInfo info) throws Exception {
    cacheName = uniqueName(info);
    MutableConfiguration<Long, String> configuration = new MutableConfiguration<Long, String>()
        .setTypes(Long.class, String.class)
        .setManagementEnabled(true);

    JmxRegistration.register(new TiercelCacheMXBean(configuration),
        DEFAULT_URI, cacheName, MBeanKind.CONFIGURATION);

    ObjectName name =
        JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.CONFIGURATION);
    assertThat(server.getAttribute(name, "KeyType")).isEqualTo("java.lang.Long");
    assertThat(server.getAttribute(name, "ValueType")).isEqualTo("java.lang.String");
    assertThat(server.getAttribute(name, "ReadThrough")).isEqualTo(false);
    assertThat(server.getAttribute(name, "StoreByValue")).isEqualTo(true);
    assertThat(server.getAttribute(name, "ManagementEnabled")).isEqualTo(true);
    assertThat(server.getAttribute(name, "StatisticsEnabled")).isEqualTo(false);

    configuration.setStatisticsEnabled(true);
    assertThat(server.getAttribute(name, "StatisticsEnabled")).isEqualTo(true);
  }

  @Test
  void register_alreadyRegistered_keepsFirstBean(TestInfo info) throws Exception {
    cacheName = uniqueName(info);
    CacheStatistics first = new CacheStatistics();
    first.setEnabled(true);
    first.recordPuts(1);
    CacheStatistics second = new CacheStatistics();

    JmxRegistration.register(first, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    JmxRegistration.register(second, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    assertThat(server.getAttribute(name, "CachePuts")).isEqualTo(1L);
    assertThat(server.queryNames(name, null)).hasSize(1);
  }

  @Test
  void register_bothKinds_registersTwoNames(TestInfo info) throws Exception {
    cacheName = uniqueName(info);

    JmxRegistration.register(new CacheStatistics(), DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    JmxRegistration.register(new TiercelCacheMXBean(new MutableConfiguration<>()),
        DEFAULT_URI, cacheName, MBeanKind.CONFIGURATION);

    ObjectName pattern = new ObjectName("javax.cache:Cache=" + cacheName + ",*");
    assertThat(server.queryNames(pattern, null)).containsExactlyInAnyOrder(
        JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.STATISTICS),
        JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.CONFIGURATION));
  }

  @Test
  void register_oddNames_registersUnderSanitizedName() throws Exception {
    URI uri = URI.create("file:/tmp/tiercel,test=1.yaml");
    String name = "odd: name, with=stuff*?";
    CacheStatistics statistics = new CacheStatistics();
    try {
      JmxRegistration.register(statistics, uri, name, MBeanKind.STATISTICS);

      ObjectName objectName = new ObjectName("javax.cache:type=CacheStatistics,"
          + "CacheManager=file./tmp/tiercel.test.1.yaml,Cache=odd. name. with.stuff..");
      assertThat(server.isRegistered(objectName)).isTrue();
      assertThat(server.getAttribute(objectName, "CacheHits")).isEqualTo(0L);
    } finally {
      JmxRegistration.unregister(statistics, uri, name, MBeanKind.STATISTICS);
    }
    assertThat(server.isRegistered(
        JmxRegistration.objectName(uri, name, MBeanKind.STATISTICS))).isFalse();
  }

  @Test
  void unregister_registered_removesBean(TestInfo info) {
    cacheName = uniqueName(info);
    CacheStatistics statistics = new CacheStatistics();
    JmxRegistration.register(statistics, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    JmxRegistration.unregister(statistics, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    assertThat(server.isRegistered(name)).isFalse();
    assertThatExceptionOfType(InstanceNotFoundException.class)
        .isThrownBy(() -> server.getAttribute(name, "CacheHits"));
  }

  @Test
  void unregister_oneKind_leavesOtherKind(TestInfo info) {
    cacheName = uniqueName(info);
    CacheStatistics statistics = new CacheStatistics();
    JmxRegistration.register(statistics, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    JmxRegistration.register(new TiercelCacheMXBean(new MutableConfiguration<>()),
        DEFAULT_URI, cacheName, MBeanKind.CONFIGURATION);

    JmxRegistration.unregister(statistics, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    assertThat(server.isRegistered(JmxRegistration.objectName(
        DEFAULT_URI, cacheName, MBeanKind.STATISTICS))).isFalse();
    assertThat(server.isRegistered(JmxRegistration.objectName(
        DEFAULT_URI, cacheName, MBeanKind.CONFIGURATION))).isTrue();
  }

  @Test
  void unregister_absent_isNoOp(TestInfo info) {
    cacheName = uniqueName(info);

    assertThatNoException().isThrownBy(() -> JmxRegistration.unregister(
        new CacheStatistics(), DEFAULT_URI, cacheName, MBeanKind.CONFIGURATION));
  }

  @Test
  void unregister_anotherBeansName_leavesItRegistered(TestInfo info) throws Exception {
    cacheName = uniqueName(info);
    CacheStatistics owner = new CacheStatistics();
    CacheStatistics other = new CacheStatistics();
    JmxRegistration.register(owner, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);
    JmxRegistration.register(other, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    JmxRegistration.unregister(other, DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    assertThat(server.isRegistered(JmxRegistration.objectName(
        DEFAULT_URI, cacheName, MBeanKind.STATISTICS))).isTrue();
  }

  @Test
  void register_notAnMBean_throwsCacheExceptionNamingObjectName(TestInfo info) {
    cacheName = uniqueName(info);
    ObjectName name = JmxRegistration.objectName(DEFAULT_URI, cacheName, MBeanKind.STATISTICS);

    assertThatExceptionOfType(CacheException.class)
        .isThrownBy(() -> JmxRegistration.register(
            new Object(), DEFAULT_URI, cacheName, MBeanKind.STATISTICS))
        .withMessageContaining(name.toString());
    assertThat(server.isRegistered(name)).isFalse();
  }

  private static String uniqueName(TestInfo info) {
    return "JmxRegistrationTest " + info.getTestMethod().orElseThrow().getName();
  }
}
