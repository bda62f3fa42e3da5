package io.tiercel.cdi;

import io.tiercel.cdi.annotation.NamedCache;
import io.tiercel.cdi.interceptor.CachePutInterceptor;
import io.tiercel.cdi.interceptor.CacheRemoveAllInterceptor;
import io.tiercel.cdi.interceptor.CacheRemoveInterceptor;
import io.tiercel.cdi.interceptor.CacheResultInterceptor;
import io.tiercel.cdi.invocation.CacheDefinitionException;
import io.tiercel.cdi.invocation.CacheInterception;
import io.tiercel.cdi.invocation.CacheInvoker;
import io.tiercel.cdi.invocation.CacheMethodReader;
import io.tiercel.cdi.invocation.CacheMethods;
import io.tiercel.cdi.invocation.Operation;
import io.tiercel.cdi.resolver.ManagerCacheResolverFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Decorator;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.Interceptor;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import jakarta.enterprise.util.Nonbinding;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import javax.cache.CacheManager;

/**
 * The portable extension that brings the {@code javax.cache.annotation} annotations to Jakarta
 * CDI; found through {@code META-INF/services}, so adding the jar is the whole setup.
 *
 * <ul>
 *   <li>Makes {@code @CacheResult}, {@code @CachePut}, {@code @CacheRemove} and
 *       {@code @CacheRemoveAll} interceptor bindings, every member non-binding (cache-api marks
 *       them with the old {@code javax.enterprise} {@code @Nonbinding}, which Jakarta CDI does
 *       not see).</li>
 *   <li>Adds the interceptors and the {@code CacheManager} and {@code Cache} producers. Their
 *       classes carry no bean-defining annotation (the interceptors get {@code @Interceptor}
 *       here), so a container that scans this jar as an implicit bean archive cannot add them
 *       a second time.</li>
 *   <li>Reads every annotated method of every managed bean at deployment: each mistake is a
 *       definition error naming the class, the method and the problem.</li>
 *   <li>Adds the {@link CacheInterception} bean the interceptors delegate to, and releases what
 *       it created when the container shuts down.</li>
 * </ul>
 */
public class TiercelCacheExtension implements Extension {
  private static final List<Class<?>> INTERCEPTORS = List.of(CacheResultInterceptor.class,
      CachePutInterceptor.class, CacheRemoveInterceptor.class, CacheRemoveAllInterceptor.class);
  private static final List<Class<?>> PRODUCERS =
      List.of(CacheManagerProducer.class, CacheProducer.class);

  private final Set<Class<?>> defaultBeanTypes = ConcurrentHashMap.newKeySet();
  private final Queue<AnnotatedType<?>> annotatedBeans = new ConcurrentLinkedQueue<>();
  private final CacheMethods methods =
      new CacheMethods(new CacheMethodReader(defaultBeanTypes::contains));

  /** Declares the four annotations interceptor bindings and adds the extension's beans. */
  void addBindingsAndBeans(@Observes BeforeBeanDiscovery event) {
    for (Operation operation : Operation.values()) {
      event.configureInterceptorBinding(operation.annotationType()).methods()
          .forEach(member -> member.add(Nonbinding.Literal.INSTANCE));
    }
    for (Class<?> type : INTERCEPTORS) {
      add(event, type).add(InterceptorLiteral.INSTANCE);
    }
    for (Class<?> type : PRODUCERS) {
      add(event, type);
    }
  }

  private static AnnotatedTypeConfigurator<?> add(BeforeBeanDiscovery event, Class<?> type) {
    return event.addAnnotatedType(type, TiercelCacheExtension.class.getName() + "/"
        + type.getName());
  }

  /** Remembers the types of {@code @Default} beans, to tell beans from classes to instantiate. */
  void recordBeanTypes(@Observes ProcessBean<?> event) {
    Bean<?> bean = event.getBean();
    if (bean.getQualifiers().contains(Default.Literal.INSTANCE)) {
      for (Type type : bean.getTypes()) {
        if (type instanceof Class<?> beanType) {
          defaultBeanTypes.add(beanType);
        }
      }
    }
  }

  /** Remembers the managed beans that use a cache annotation, to check them all at once. */
  void recordAnnotatedBean(@Observes ProcessManagedBean<?> event) {
    if (event.getBean() instanceof Interceptor<?> || event.getBean() instanceof Decorator<?>) {
      return;
    }
    AnnotatedType<?> type = event.getAnnotatedBeanClass();
    if (!Operation.on(type.getJavaClass()).isEmpty() || type.getMethods().stream()
        .anyMatch(method -> !Operation.on(method.getJavaMember()).isEmpty())) {
      annotatedBeans.add(type);
    }
  }

  /** Reports a {@link NamedCache} injection point that names no cache. */
  void checkNamedCache(@Observes ProcessInjectionPoint<?, ?> event) {
    InjectionPoint injectionPoint = event.getInjectionPoint();
    for (Annotation qualifier : injectionPoint.getQualifiers()) {
      if (qualifier instanceof NamedCache named && named.value().isBlank()) {
        event.addDefinitionError(new DefinitionException("@NamedCache at " + injectionPoint
            + " names no cache: give the name, as in @NamedCache(\"users\")"));
      }
    }
  }

  /** Reads every annotated method, reporting each mistake, and adds the interception bean. */
  void checkMethodsAndAddInterception(@Observes AfterBeanDiscovery event, BeanManager manager) {
    for (AnnotatedType<?> type : annotatedBeans) {
      for (AnnotatedMethod<?> method : type.getMethods()) {
        try {
          methods.find(type.getJavaClass(), method.getJavaMember());
        } catch (CacheDefinitionException e) {
          e.problems().forEach(problem -> event.addDefinitionError(
              new DefinitionException(problem)));
        }
      }
    }
    annotatedBeans.clear();
    event.<CacheInvoker>addBean()
        .beanClass(CacheInvoker.class)
        .types(CacheInterception.class, Object.class)
        .scope(ApplicationScoped.class)
        .createWith(context -> newInvoker(manager))
        .destroyWith((invoker, context) -> invoker.close());
  }

  /** Reports a second {@code CacheManager} bean that does not replace the default one. */
  void checkCacheManager(@Observes AfterDeploymentValidation event, BeanManager manager) {
    Set<Bean<?>> beans = manager.getBeans(CacheManager.class);
    try {
      manager.resolve(beans);
    } catch (AmbiguousResolutionException e) {
      event.addDeploymentProblem(new DeploymentException("The application has "
          + beans.size() + " CacheManager beans (" + beans.stream()
              .map(bean -> bean.getBeanClass().getName()).collect(Collectors.joining(", "))
          + "); to replace " + CacheManagerProducer.class.getName() + ", annotate your"
          + " producer @Alternative and @Priority", e));
    }
  }

  private CacheInvoker newInvoker(BeanManager manager) {
    BeanInstances instances = new BeanInstances(manager.createInstance());
    CacheManager cacheManager = instances.get(CacheManager.class);
    return new CacheInvoker(methods, instances, new ManagerCacheResolverFactory(cacheManager));
  }
}
