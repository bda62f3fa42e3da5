package io.tiercel.cdi.invocation;

import io.tiercel.cdi.key.ParametersKeyGenerator;
import java.lang.annotation.Annotation;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheMethodDetails;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;

/**
 * Runs the calls of cache-annotated methods: finds the method's {@link CacheMethod}, binds its
 * resolvers and key generator on its first call, and hands the call to the step of its
 * operation.
 *
 * <ul>
 *   <li>{@code @CacheResult}: {@link ResultStep}, with single flight.</li>
 *   <li>{@code @CachePut}, {@code @CacheRemove}, {@code @CacheRemoveAll}: {@link ChangeStep}.</li>
 * </ul>
 */
public final class CacheInvoker implements CacheInterception, AutoCloseable {
  private final CacheMethods methods;
  private final Instances instances;
  private final CacheResolverFactory defaultResolverFactory;
  private final CacheKeyGenerator defaultKeyGenerator = new ParametersKeyGenerator();
  private final ConcurrentMap<CacheMethod, Bound> bound = new ConcurrentHashMap<>();
  private final ResultStep results = new ResultStep();
  private final ChangeStep changes = new ChangeStep();

  /**
   * Creates an invoker.
   *
   * @param methods the annotated methods
   * @param instances supplies the key generators and resolver factories annotations name
   * @param defaultResolverFactory resolves caches for annotations that name no factory
   */
  public CacheInvoker(CacheMethods methods, Instances instances,
      CacheResolverFactory defaultResolverFactory) {
    this.methods = methods;
    this.instances = instances;
    this.defaultResolverFactory = defaultResolverFactory;
  }

  @Override
  public Object invoke(Operation operation, Class<?> beanClass, Invocation invocation)
      throws Exception {
    CacheMethod method = methods.find(beanClass, invocation.method()).orElse(null);
    if (method == null || method.operation() != operation) {
      return invocation.proceed();
    }
    Call<?> call = new Call<>(method, bound(method), invocation);
    return operation == Operation.RESULT ? results.invoke(call) : changes.invoke(call);
  }

  /** Releases the key generators and resolver factories created for the methods. */
  @Override
  public void close() {
    bound.clear();
    instances.close();
  }

  /**
   * Returns the method's resolvers and key generator, created on its first call. Not with
   * {@code computeIfAbsent}: creating a bean may call another annotated method.
   */
  private Bound bound(CacheMethod method) {
    Bound known = bound.get(method);
    if (known != null) {
      return known;
    }
    Bound created = bind(method);
    Bound raced = bound.putIfAbsent(method, created);
    return raced == null ? created : raced;
  }

  @SuppressWarnings("unchecked")
  private Bound bind(CacheMethod method) {
    CacheResolverFactory factory = method.resolverFactory() == null
        ? defaultResolverFactory : instances.get(method.resolverFactory());
    CacheMethodDetails<? extends Annotation> details = method.details();
    CacheResolver caches = factory.getCacheResolver(details);
    CacheResolver exceptionCaches = method.policy().exceptionCacheName() == null ? null
        : factory.getExceptionCacheResolver((CacheMethodDetails<CacheResult>) details);
    CacheKeyGenerator keyGenerator;
    if (method.operation() == Operation.REMOVE_ALL) {
      keyGenerator = null;
    } else if (method.keyGenerator() == null) {
      keyGenerator = defaultKeyGenerator;
    } else {
      keyGenerator = instances.get(method.keyGenerator());
    }
    return new Bound(caches, exceptionCaches, keyGenerator);
  }
}
