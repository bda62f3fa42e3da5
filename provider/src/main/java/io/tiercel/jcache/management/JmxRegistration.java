package io.tiercel.jcache.management;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import javax.cache.CacheException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.JMRuntimeException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * Registers a cache's MXBeans with the platform MBeanServer under the JCache object names.
 *
 * <ul>
 *   <li>Names read {@code javax.cache:type=<kind>,CacheManager=<uri>,Cache=<name>}, with the
 *       values sanitized as the JCache RI and TCK do, so the TCK's computed names match.
 *   <li>Registering the same bean again is harmless, so repeating {@code enableStatistics(true)}
 *       is too. A name taken by another bean (a cache of the same name in a manager with the same
 *       URI but another class loader) keeps that bean, and a warning names the clash.
 *   <li>Unregistering removes a bean only if it is the one registered, so one manager never
 *       withdraws another's beans; a name that is not registered is ignored.
 *   <li>JMX failures surface as {@link CacheException} naming the object name.
 * </ul>
 */
public final class JmxRegistration {

  /**
   * Characters that would break an unquoted ObjectName value: the RI's {@code , : = \n} plus
   * {@code "} (illegal) and {@code * ?} (which would turn the name into a pattern).
   */
  private static final Pattern UNSAFE = Pattern.compile("[,:=\n\"*?]");

  private static final Logger LOG = System.getLogger(JmxRegistration.class.getName());

  /** The bean this provider registered under each name. */
  private static final ConcurrentMap<ObjectName, Object> OWNERS = new ConcurrentHashMap<>();

  private JmxRegistration() {}

  /** Registers the bean for the cache unless the name is already taken. */
  public static synchronized void register(
      Object bean, URI managerUri, String cacheName, MBeanKind kind) {
    Objects.requireNonNull(bean, "bean");
    ObjectName name = objectName(managerUri, cacheName, kind);
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      if (!server.isRegistered(name)) {
        server.registerMBean(bean, name);
        OWNERS.put(name, bean);
      } else if (OWNERS.get(name) != bean) {
        LOG.log(Level.WARNING, "MBean name " + name + " is taken by another cache of the same"
            + " name and manager URI (another class loader?); this cache is not published there."
            + " Give the managers different URIs to publish both.");
      }
    } catch (JMException | JMRuntimeException e) {
      throw new CacheException("Failed to register MBean " + name + ": " + e.getMessage(), e);
    }
  }

  /** Unregisters {@code bean} if it is the bean registered under the cache's name. */
  public static synchronized void unregister(
      Object bean, URI managerUri, String cacheName, MBeanKind kind) {
    ObjectName name = objectName(managerUri, cacheName, kind);
    if (OWNERS.get(name) != bean) {
      return;
    }
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      OWNERS.remove(name);
      server.unregisterMBean(name);
    } catch (InstanceNotFoundException gone) {
      // Unregistered by someone else meanwhile: already done.
    } catch (JMException | JMRuntimeException e) {
      throw new CacheException("Failed to unregister MBean " + name + ": " + e.getMessage(), e);
    }
  }

  /** Returns the JCache object name of the cache's bean of that kind. */
  public static ObjectName objectName(URI managerUri, String cacheName, MBeanKind kind) {
    Objects.requireNonNull(managerUri, "managerUri");
    Objects.requireNonNull(cacheName, "cacheName");
    Objects.requireNonNull(kind, "kind");
    String name = "javax.cache:type=" + kind.type()
        + ",CacheManager=" + sanitize(managerUri.toString())
        + ",Cache=" + sanitize(cacheName);
    try {
      return new ObjectName(name);
    } catch (MalformedObjectNameException e) {
      throw new CacheException("Invalid MBean ObjectName " + name + ": " + e.getMessage(), e);
    }
  }

  /** Replaces each character that is unsafe in an unquoted ObjectName value by a dot. */
  static String sanitize(String value) {
    return UNSAFE.matcher(value).replaceAll(".");
  }

  /** The two beans a JCache cache exposes, each with its {@code type} key value. */
  public enum MBeanKind {
    CONFIGURATION("CacheConfiguration"),
    STATISTICS("CacheStatistics");

    private final String type;

    MBeanKind(String type) {
      this.type = type;
    }

    /** Returns the value of the {@code type} key in the object name. */
    public String type() {
      return type;
    }
  }
}
