package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.testing.Deployments;
import io.tiercel.cdi.testing.NamedByParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.configuration.MutableConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @CacheRemove} and {@code @CacheRemoveAll}: what they remove, {@code afterInvocation}
 * and the exception lists. Each test uses a cache of its own.
 */
@ExtendWith(ArquillianExtension.class)
class CacheRemoveTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Sessions.class, Expired.class, NamedByParameter.class);
  }

  @Inject
  Sessions sessions;

  @Inject
  CacheManager cacheManager;

  @Test
  void cacheRemove_call_removesOnlyTheKeyOfItsKeyParameters() {
    Cache<Object, Object> cache = filled("remove", "s1", "s2");

    sessions.logout("remove", "s1", "because");

    assertThat(cache.containsKey(new ParametersKey("s1"))).isFalse();
    assertThat(cache.containsKey(new ParametersKey("s2"))).isTrue();
  }

  @Test
  void cacheRemove_methodThrows_keepsTheEntry() {
    Cache<Object, Object> cache = filled("remove-failing", "s1");

    assertThatThrownBy(() -> sessions.logoutOrFail("remove-failing", "s1", new Expired()))
        .isInstanceOf(Expired.class);

    assertThat(cache.containsKey(new ParametersKey("s1"))).isTrue();
  }

  @Test
  void cacheRemove_evictFor_removesForListedExceptionsOnly() {
    Cache<Object, Object> cache = filled("evict-for", "s1", "s2");

    assertThatThrownBy(() -> sessions.logoutIfExpired("evict-for", "s1", new Expired()))
        .isInstanceOf(Expired.class);
    assertThatThrownBy(() -> sessions.logoutIfExpired("evict-for", "s2",
        new IllegalStateException())).isInstanceOf(IllegalStateException.class);

    assertThat(cache.containsKey(new ParametersKey("s1"))).isFalse();
    assertThat(cache.containsKey(new ParametersKey("s2"))).isTrue();
  }

  @Test
  void cacheRemove_noEvictFor_removesUnlessTheExceptionIsListed() {
    Cache<Object, Object> cache = filled("no-evict-for", "s1", "s2");

    assertThatThrownBy(() -> sessions.logoutUnlessExpired("no-evict-for", "s1", new Expired()))
        .isInstanceOf(Expired.class);
    assertThatThrownBy(() -> sessions.logoutUnlessExpired("no-evict-for", "s2",
        new IllegalStateException())).isInstanceOf(IllegalStateException.class);

    assertThat(cache.containsKey(new ParametersKey("s1"))).isTrue();
    assertThat(cache.containsKey(new ParametersKey("s2"))).isFalse();
  }

  @Test
  void cacheRemove_beforeInvocation_removesEvenWhenTheMethodThrows() {
    Cache<Object, Object> cache = filled("remove-first", "s1");

    assertThatThrownBy(() -> sessions.logoutFirst("remove-first", "s1", new Expired()))
        .isInstanceOf(Expired.class);

    assertThat(cache.containsKey(new ParametersKey("s1"))).isFalse();
  }

  @Test
  void cacheRemoveAll_call_emptiesTheCache() {
    Cache<Object, Object> cache = filled("remove-all", "s1", "s2");

    sessions.logoutEveryone("remove-all", null);

    assertThat(cache.iterator().hasNext()).isFalse();
  }

  @Test
  void cacheRemoveAll_methodThrows_keepsTheEntries() {
    Cache<Object, Object> cache = filled("remove-all-failing", "s1");

    assertThatThrownBy(() -> sessions.logoutEveryone("remove-all-failing", new Expired()))
        .isInstanceOf(Expired.class);

    assertThat(cache.containsKey(new ParametersKey("s1"))).isTrue();
  }

  @Test
  void cacheRemoveAll_evictFor_emptiesForListedExceptions() {
    Cache<Object, Object> cache = filled("remove-all-evict-for", "s1");

    assertThatThrownBy(() -> sessions.logoutEveryoneIfExpired("remove-all-evict-for",
        new Expired())).isInstanceOf(Expired.class);

    assertThat(cache.containsKey(new ParametersKey("s1"))).isFalse();
  }

  @Test
  void cacheRemoveAll_beforeInvocation_emptiesEvenWhenTheMethodThrows() {
    Cache<Object, Object> cache = filled("remove-all-first", "s1");

    assertThatThrownBy(() -> sessions.logoutEveryoneFirst("remove-all-first", new Expired()))
        .isInstanceOf(Expired.class);

    assertThat(cache.containsKey(new ParametersKey("s1"))).isFalse();
  }

  private Cache<Object, Object> filled(String cacheName, String... sessionIds) {
    Cache<Object, Object> cache = cacheManager.getCache(cacheName);
    if (cache == null) {
      cache = cacheManager.createCache(cacheName, new MutableConfiguration<>());
    }
    for (String id : sessionIds) {
      cache.put(new ParametersKey(id), "session " + id);
    }
    return cache;
  }

  /** The failure some removals are told to act on. */
  public static class Expired extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * A bean that ends sessions; the first parameter is the test's cache name, resolved by
   * {@link NamedByParameter}.
   */
  @ApplicationScoped
  public static class Sessions {

    @CacheRemove(cacheResolverFactory = NamedByParameter.class)
    public void logout(String cacheName, @CacheKey String sessionId, String reason) {}

    @CacheRemove(cacheResolverFactory = NamedByParameter.class)
    public void logoutOrFail(String cacheName, @CacheKey String sessionId,
        RuntimeException failure) {
      throw failure;
    }

    @CacheRemove(cacheResolverFactory = NamedByParameter.class,
        evictFor = Expired.class)
    public void logoutIfExpired(String cacheName, @CacheKey String sessionId,
        RuntimeException failure) {
      throw failure;
    }

    @CacheRemove(cacheResolverFactory = NamedByParameter.class,
        noEvictFor = Expired.class)
    public void logoutUnlessExpired(String cacheName, @CacheKey String sessionId,
        RuntimeException failure) {
      throw failure;
    }

    @CacheRemove(cacheResolverFactory = NamedByParameter.class,
        afterInvocation = false)
    public void logoutFirst(String cacheName, @CacheKey String sessionId,
        RuntimeException failure) {
      throw failure;
    }

    @CacheRemoveAll(cacheResolverFactory = NamedByParameter.class)
    public void logoutEveryone(String cacheName, RuntimeException failure) {
      if (failure != null) {
        throw failure;
      }
    }

    @CacheRemoveAll(cacheResolverFactory = NamedByParameter.class,
        evictFor = Expired.class)
    public void logoutEveryoneIfExpired(String cacheName, RuntimeException failure) {
      throw failure;
    }

    @CacheRemoveAll(cacheResolverFactory = NamedByParameter.class,
        afterInvocation = false)
    public void logoutEveryoneFirst(String cacheName, RuntimeException failure) {
      throw failure;
    }
  }
}
