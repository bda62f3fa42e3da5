package io.tiercel.jcache.codec;

import java.io.ObjectInputFilter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides which classes Java deserialization of bytes read from Redis may instantiate (a JEP 290
 * filter), since those bytes are not trusted.
 *
 * <ul>
 *   <li>JDK value types are allowed: {@code java.lang} (not its subpackages), {@code java.util}
 *       and its {@code concurrent} packages, {@code java.time}, {@code java.math},
 *       {@code java.net.URI}, {@code java.sql} dates, and {@code java.io} exceptions. Every other
 *       JDK class ({@code java.*}, {@code javax.*}, {@code jdk.*}, {@code sun.*},
 *       {@code com.sun.*}) is rejected, unless {@link #allowOnly} names it (never
 *       {@code Runtime}, {@code ProcessBuilder}, threads, class loaders or {@code ServiceLoader}).
 *       </li>
 *   <li>By default the application's own classes are allowed too, except a built-in deny-list
 *       of library classes known as deserialization gadgets; {@link #allowOnly} allows only the
 *       patterns given (the production recommendation).</li>
 *   <li>A stream may nest 16 levels deep at most (so nested collections cannot make reading
 *       take exponential time), and declare no array longer, and no more bytes, than the
 *       payload holds.</li>
 * </ul>
 */
public final class ClassFilter {
  /** Deeply nested hash sets take time doubling with each level to read: keep them shallow. */
  private static final int MAX_DEPTH = 16;
  private static final long MAX_REFERENCES = 1_000_000L;

  private static final List<String> JDK_ALLOWED = List.of(
      "java.lang.*", "java.util.*", "java.util.concurrent.*", "java.util.concurrent.atomic.*",
      "java.time.**", "java.math.*", "java.net.URI", "java.sql.Date", "java.sql.Time",
      "java.sql.Timestamp", "java.io.*Exception", "java.io.IOError",
      // An interface: nothing of it is instantiated, but arrays of it are common (Hibernate's
      // cache entries); each element is filtered on its own.
      "java.io.Serializable");
  private static final Set<String> JDK_DENIED = Set.of(
      "java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Thread",
      "java.lang.ThreadGroup", "java.lang.ClassLoader", "java.lang.Module",
      "java.util.ServiceLoader");
  private static final List<String> JDK_PACKAGES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.", "org.xml.");

  /** Library packages and classes known to serve as gadgets in deserialization attacks. */
  private static final List<String> GADGETS = List.of(
      "org.apache.commons.collections.functors.**", "org.apache.commons.collections4.functors.**",
      "org.apache.commons.collections.comparators.**",
      "org.apache.commons.collections4.comparators.**", "org.apache.commons.beanutils.**",
      "org.apache.commons.fileupload.**", "org.apache.commons.configuration.**",
      "org.apache.commons.jxpath.**", "org.apache.commons.dbcp.**", "org.apache.tomcat.dbcp.**",
      "org.apache.xalan.**", "org.apache.wicket.util.upload.**", "org.apache.myfaces.**",
      "org.apache.click.**", "org.apache.log4j.**", "org.apache.logging.log4j.core.**",
      "org.codehaus.groovy.runtime.**", "groovy.lang.**", "org.springframework.beans.factory.**",
      "org.springframework.aop.**", "org.springframework.core.SerializableTypeWrapper*",
      "org.springframework.transaction.jta.**", "org.springframework.jndi.**",
      "com.mchange.v2.c3p0.**", "com.zaxxer.hikari.**", "org.hibernate.property.**",
      "org.hibernate.tuple.component.**", "org.hibernate.engine.spi.TypedValue",
      "com.rometools.rome.feed.impl.**", "net.sf.json.**", "org.python.core.**", "bsh.**",
      "clojure.**", "org.mozilla.javascript.**", "org.jboss.interceptor.**",
      "org.jboss.weld.interceptor.**", "com.vaadin.data.util.**", "javassist.**",
      "com.alibaba.fastjson.**", "com.fasterxml.jackson.databind.node.**",
      "tools.jackson.databind.node.**", "org.yaml.snakeyaml.**", "com.esotericsoftware.**",
      "org.apache.batik.**", "com.caucho.**", "org.eclipse.jetty.util.log.**",
      "org.apache.openjpa.ee.**", "org.apache.shiro.jndi.**", "com.zaxxer.**",
      "org.apache.ibatis.**", "org.apache.naming.**");

  private final List<String> allowed;

  private ClassFilter(List<String> allowed) {
    this.allowed = allowed;
  }

  /** Returns the default filter: JDK value types and application classes, minus gadgets. */
  public static ClassFilter defaults() {
    return new ClassFilter(null);
  }

  /**
   * Returns a strict filter: JDK value types and the classes matching {@code patterns} only. A
   * pattern is a class name, {@code com.example.*} (a package) or {@code com.example.**} (a
   * package and its subpackages); a trailing {@code *} after other text matches any suffix.
   */
  public static ClassFilter allowOnly(Collection<String> patterns) {
    for (String pattern : patterns) {
      if (pattern == null || pattern.isBlank() || pattern.contains("/")) {
        throw new IllegalArgumentException("Not a class name pattern: '" + pattern
            + "'; use com.example.Type, com.example.* or com.example.**");
      }
    }
    return new ClassFilter(List.copyOf(patterns));
  }

  /** Returns whether instances of {@code type} may be deserialized. */
  public boolean allows(Class<?> type) {
    Class<?> component = type;
    while (component.isArray()) {
      component = component.getComponentType();
    }
    if (component.isPrimitive()) {
      return true;
    }
    String name = component.getName();
    if (isJdk(name)) {
      return (matchesAny(name, JDK_ALLOWED) || (allowed != null && matchesAny(name, allowed)))
          && !JDK_DENIED.contains(name);
    }
    if (matchesAny(name, GADGETS)) {
      return false;
    }
    return allowed == null || matchesAny(name, allowed);
  }

  /**
   * Returns the JEP 290 filter for one payload of {@code length} bytes; {@code rejected} hears
   * why it refused the stream.
   */
  public ObjectInputFilter forPayload(int length, Consumer<String> rejected) {
    return info -> {
      if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES
          || info.streamBytes() > length || info.arrayLength() > length) {
        rejected.accept("the stream exceeds the limits (depth " + info.depth() + ", array length "
            + info.arrayLength() + ", " + info.streamBytes() + " of " + length + " bytes)");
        return ObjectInputFilter.Status.REJECTED;
      }
      Class<?> type = info.serialClass();
      if (type == null) {
        return ObjectInputFilter.Status.UNDECIDED;
      }
      if (allows(type)) {
        return ObjectInputFilter.Status.ALLOWED;
      }
      rejected.accept("the class filter " + this + " does not allow " + type.getName());
      return ObjectInputFilter.Status.REJECTED;
    };
  }

  private static boolean isJdk(String name) {
    for (String prefix : JDK_PACKAGES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(String name, List<String> patterns) {
    for (String pattern : patterns) {
      if (matches(name, pattern)) {
        return true;
      }
    }
    return false;
  }

  /** Matches JEP 290's pattern forms: {@code a.B}, {@code a.*}, {@code a.**}, {@code a.B*}. */
  static boolean matches(String name, String pattern) {
    if (pattern.endsWith(".**")) {
      return name.startsWith(pattern.substring(0, pattern.length() - 2));
    }
    if (pattern.endsWith(".*")) {
      String pkg = pattern.substring(0, pattern.length() - 1);
      return name.startsWith(pkg) && name.indexOf('.', pkg.length()) < 0;
    }
    int star = pattern.indexOf('*');
    if (star >= 0) {
      String prefix = pattern.substring(0, star);
      String suffix = pattern.substring(star + 1);
      return name.length() >= prefix.length() + suffix.length() && name.startsWith(prefix)
          && name.endsWith(suffix)
          && name.substring(prefix.length(), name.length() - suffix.length()).indexOf('.') < 0;
    }
    return name.equals(pattern);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClassFilter that && java.util.Objects.equals(allowed, that.allowed);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(allowed);
  }

  @Override
  public String toString() {
    return allowed == null ? "ClassFilter[defaults]" : "ClassFilter[allowOnly " + allowed + "]";
  }
}
