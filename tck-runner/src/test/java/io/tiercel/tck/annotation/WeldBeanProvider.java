package io.tiercel.tck.annotation;

import jakarta.enterprise.inject.spi.Extension;
import java.util.List;
import java.util.ServiceLoader;
import javax.cache.annotation.BeanProvider;
import manager.CacheNameOnEachMethodBlogManagerImpl;
import manager.ClassLevelCacheConfigBlogManagerImpl;
import manager.UsingDefaultCacheNameBlogManagerImpl;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The {@link BeanProvider} the TCK's annotation tests find through {@code ServiceLoader}: it
 * hands out the TCK's blog managers as beans of one Weld SE container, started on first use.
 *
 * <ul>
 *   <li>The blog managers are added by class: the TCK jar's CDI 1.0 {@code beans.xml} would be
 *       read as bean discovery mode {@code annotated}, and they have no bean-defining
 *       annotation.</li>
 *   <li>The portable extensions are those the class path declares in
 *       {@code META-INF/services}, as an application server would find them; Weld SE skips
 *       them when discovery is off, so they are added here. Removing the Tiercel extension's
 *       service file leaves the beans uncached, and the TCK's tests fail.</li>
 * </ul>
 */
public final class WeldBeanProvider implements BeanProvider {

  /** The TCK's annotated beans: one per annotation test class. */
  static final List<Class<?>> TCK_BEANS = List.of(UsingDefaultCacheNameBlogManagerImpl.class,
      ClassLevelCacheConfigBlogManagerImpl.class, CacheNameOnEachMethodBlogManagerImpl.class);

  @Override
  public <T> T getBeanByType(Class<T> beanClass) {
    return Container.INSTANCE.select(beanClass).get();
  }

  /** Returns the container, started on first use and shut down with the JVM. */
  static WeldContainer container() {
    return Container.INSTANCE;
  }

  /** Holds the one container, started when first needed. */
  private static final class Container {
    static final WeldContainer INSTANCE = start();

    private static WeldContainer start() {
      Weld weld = new Weld("jcache-tck-annotations").disableDiscovery()
          .addBeanClasses(TCK_BEANS.toArray(Class<?>[]::new));
      for (Extension extension : ServiceLoader.load(Extension.class,
          WeldBeanProvider.class.getClassLoader())) {
        // Weld SE registers its own extensions itself.
        if (!extension.getClass().getName().startsWith("org.jboss.weld.")) {
          weld.addExtension(extension);
        }
      }
      return weld.initialize();
    }
  }
}
