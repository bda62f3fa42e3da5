package io.tiercel.cdi.invocation;

import io.tiercel.cdi.annotation.SingleFlight;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;

/**
 * Reads the cache annotation that applies to a method of a bean class into a
 * {@link CacheMethod}, and reports every mistake in it at once.
 *
 * <ul>
 *   <li>A method's own cache annotation wins; otherwise the bean class's applies to each of its
 *       business methods (a class-level {@code @CacheResult} skips methods returning void).</li>
 *   <li>Cache name, resolver factory and key generator fall back to {@code @CacheDefaults} on
 *       the bean class or a superclass, then to the spec's defaults: the cache name is
 *       {@code package.Class.method(package.ParameterType,...)}.</li>
 *   <li>Mistakes: two cache annotations, {@code @CacheResult} on a void method,
 *       {@code @CacheValue} misplaced or repeated, a key generator or resolver factory that is
 *       neither a bean nor instantiable, exception lists that can never apply, an exception
 *       cache shared with the results, a private or static method, an unsupported async type.
 *   </li>
 * </ul>
 */
public final class CacheMethodReader {
  private final Predicate<Class<?>> isBean;

  /**
   * Creates a reader.
   *
   * @param isBean tells whether the container can supply an instance of a class as a bean
   */
  public CacheMethodReader(Predicate<Class<?>> isBean) {
    this.isBean = isBean;
  }

  /**
   * Reads the cache annotation that applies when {@code method} is called on a
   * {@code beanClass}.
   *
   * @return the method's cache behaviour, or empty if no cache annotation applies to it
   * @throws CacheDefinitionException listing every mistake found, each naming the method
   */
  public Optional<CacheMethod> read(Class<?> beanClass, Method method) {
    AnnotatedElement source = method;
    List<Operation> operations = Operation.on(method);
    if (operations.isEmpty()) {
      source = beanClass;
      operations = Operation.on(beanClass);
      if (operations.isEmpty() || !isBusinessMethod(method)) {
        return Optional.empty();
      }
    } else if (method.isBridge()) {
      return Optional.empty();
    }
    String labels = operations.stream().map(Operation::label).collect(Collectors.joining(" and "));
    String where = labels + " on " + describe(beanClass, method) + ": ";
    if (operations.size() > 1) {
      throw new CacheDefinitionException(
          List.of(where + "use one cache annotation per method, not " + operations.size()));
    }
    Operation operation = operations.get(0);
    boolean returnsVoid = method.getReturnType() == void.class;
    if (operation == Operation.RESULT && returnsVoid && source == beanClass) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    if (operation == Operation.RESULT && returnsVoid) {
      problems.add("the method returns void, so there is no result to cache");
    }
    if (Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
      String kind = Modifier.isStatic(method.getModifiers()) ? "static" : "private";
      problems.add("the method is " + kind + ", and CDI never intercepts " + kind + " methods,"
          + " so the annotation would be ignored");
    }
    Declared declared = Declared.of(source.getAnnotation(operation.annotationType()));
    CacheDefaults defaults = defaults(beanClass);
    String cacheName = cacheName(declared.cacheName(), defaults, method);
    Class<? extends CacheResolverFactory> factory = choose(declared.resolverFactory(),
        defaults == null ? null : defaults.cacheResolverFactory(), CacheResolverFactory.class);
    Class<? extends CacheKeyGenerator> generator = operation == Operation.REMOVE_ALL ? null
        : choose(declared.keyGenerator(),
            defaults == null ? null : defaults.cacheKeyGenerator(), CacheKeyGenerator.class);
    checkInstantiable("cacheResolverFactory", factory, problems);
    checkInstantiable("cacheKeyGenerator", generator, problems);
    ParameterLayout parameters = ParameterLayout.read(method, operation, problems);
    Policy policy = policy(operation, declared, source, beanClass, method, cacheName, problems);
    if (!problems.isEmpty()) {
      throw new CacheDefinitionException(problems.stream().map(where::concat).toList());
    }
    MethodDetails<?> details = new MethodDetails<>(method,
        source.getAnnotation(operation.annotationType()), cacheName);
    return Optional.of(
        new CacheMethod(operation, details, parameters, factory, generator, policy));
  }

  private static Policy policy(Operation operation, Declared declared, AnnotatedElement source,
      Class<?> beanClass, Method method, String cacheName, List<String> problems) {
    Class<?> returned = method.getReturnType();
    boolean async = CompletionStage.class.isAssignableFrom(returned);
    if (operation == Operation.RESULT) {
      CacheResult result = source.getAnnotation(CacheResult.class);
      String exceptionCache = result.exceptionCacheName().isEmpty()
          ? null : result.exceptionCacheName();
      if (exceptionCache == null && !declared.exceptions().isEmpty()) {
        problems.add(declared.exceptionLists() + " are set but exceptionCacheName is empty, so no"
            + " exception is ever cached");
      }
      if (cacheName.equals(exceptionCache)) {
        problems.add("exceptionCacheName is the cache name '" + cacheName + "'; results and"
            + " exceptions need caches of their own");
      }
      checkAsyncType(returned, async, problems);
      return new Policy(result.skipGet(), /* afterInvocation= */ true, declared.exceptions(),
          exceptionCache, async, singleFlight(beanClass, method));
    }
    if (!declared.afterInvocation() && !declared.exceptions().isEmpty()) {
      problems.add(declared.exceptionLists() + " are set but afterInvocation is false: they only"
          + " apply when the method has already failed");
    }
    if (declared.afterInvocation()) {
      checkAsyncType(returned, async, problems);
    }
    return new Policy(/* skipGet= */ false, declared.afterInvocation(), declared.exceptions(),
        /* exceptionCacheName= */ null, async, /* singleFlight= */ false);
  }

  private static void checkAsyncType(Class<?> returned, boolean async, List<String> problems) {
    if (async && returned != CompletionStage.class && returned != CompletableFuture.class) {
      problems.add("the method returns " + returned.getName() + "; of the asynchronous types,"
          + " only CompletionStage and CompletableFuture are supported");
    }
  }

  private static boolean singleFlight(Class<?> beanClass, Method method) {
    SingleFlight switched = method.getAnnotation(SingleFlight.class);
    if (switched == null) {
      switched = beanClass.getAnnotation(SingleFlight.class);
    }
    return switched == null || switched.value();
  }

  private void checkInstantiable(String attribute, Class<?> type, List<String> problems) {
    if (type == null || isBean.test(type)) {
      return;
    }
    String problem = Instantiation.problem(type);
    if (problem != null) {
      problems.add(attribute + " " + type.getName() + " cannot be instantiated: it is not a bean"
          + " and " + problem);
    }
  }

  private static boolean isBusinessMethod(Method method) {
    int modifiers = method.getModifiers();
    return !Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers)
        && !method.isBridge() && !method.isSynthetic()
        && method.getDeclaringClass() != Object.class;
  }

  private static CacheDefaults defaults(Class<?> beanClass) {
    for (Class<?> type = beanClass; type != null; type = type.getSuperclass()) {
      CacheDefaults defaults = type.getAnnotation(CacheDefaults.class);
      if (defaults != null) {
        return defaults;
      }
    }
    return null;
  }

  private static String cacheName(String declared, CacheDefaults defaults, Method method) {
    if (!declared.isEmpty()) {
      return declared;
    }
    if (defaults != null && !defaults.cacheName().isEmpty()) {
      return defaults.cacheName();
    }
    return method.getDeclaringClass().getName() + "." + method.getName() + "("
        + Arrays.stream(method.getParameterTypes()).map(Class::getName)
            .collect(Collectors.joining(",")) + ")";
  }

  private static <T> Class<? extends T> choose(Class<? extends T> declared,
      Class<? extends T> fallback, Class<T> unset) {
    if (declared != unset) {
      return declared;
    }
    return fallback == null || fallback == unset ? null : fallback;
  }

  private static String describe(Class<?> beanClass, Method method) {
    return beanClass.getName() + "." + method.getName() + "("
        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
            .collect(Collectors.joining(", ")) + ")";
  }

  /** The attributes the four annotations have in common, read from one of them. */
  private record Declared(String cacheName, Class<? extends CacheResolverFactory> resolverFactory,
      Class<? extends CacheKeyGenerator> keyGenerator, boolean afterInvocation,
      ExceptionFilter exceptions, String exceptionLists) {

    static Declared of(Annotation annotation) {
      if (annotation instanceof CacheResult result) {
        return new Declared(result.cacheName(), result.cacheResolverFactory(),
            result.cacheKeyGenerator(), true,
            ExceptionFilter.of(result.cachedExceptions(), result.nonCachedExceptions(), true),
            "cachedExceptions / nonCachedExceptions");
      }
      if (annotation instanceof CachePut put) {
        return new Declared(put.cacheName(), put.cacheResolverFactory(), put.cacheKeyGenerator(),
            put.afterInvocation(), ExceptionFilter.of(put.cacheFor(), put.noCacheFor(), false),
            "cacheFor / noCacheFor");
      }
      if (annotation instanceof CacheRemove remove) {
        return new Declared(remove.cacheName(), remove.cacheResolverFactory(),
            remove.cacheKeyGenerator(), remove.afterInvocation(),
            ExceptionFilter.of(remove.evictFor(), remove.noEvictFor(), false),
            "evictFor / noEvictFor");
      }
      CacheRemoveAll removeAll = (CacheRemoveAll) annotation;
      return new Declared(removeAll.cacheName(), removeAll.cacheResolverFactory(),
          CacheKeyGenerator.class, removeAll.afterInvocation(),
          ExceptionFilter.of(removeAll.evictFor(), removeAll.noEvictFor(), false),
          "evictFor / noEvictFor");
    }
  }
}
