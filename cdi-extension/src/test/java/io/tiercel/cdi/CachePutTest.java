package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.CacheValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @CachePut}: the value, the key, {@code afterInvocation} and the exception lists. */
@ExtendWith(ArquillianExtension.class)
class CachePutTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Profiles.class, Conflict.class, Timeout.class);
  }

  @Inject
  Profiles profiles;

  @Inject
  Calls calls;

  @Inject
  CacheManager cacheManager;

  @Test
  void cachePut_call_putsValueUnderTheOtherParameters() {
    profiles.save("ada", "Ada Lovelace");

    assertThat(profiles().get(new ParametersKey("ada"))).isEqualTo("Ada Lovelace");
    assertThat(profiles.load("ada")).isEqualTo("Ada Lovelace");
    assertThat(calls.count("save", "ada")).isEqualTo(1);
    assertThat(calls.count("load", "ada")).isZero();
  }

  @Test
  void cachePut_severalKeyParameters_keyHoldsEachInOrder() {
    profiles.saveForTenant("acme", "bob", "Bob of Acme");

    assertThat(cacheManager.getCache("tenant-profiles").get(new ParametersKey("acme", "bob")))
        .isEqualTo("Bob of Acme");
  }

  @Test
  void cachePut_methodThrows_doesNotPut() {
    assertThatThrownBy(() -> profiles.saveOrFail("cy", "Cy", new Conflict()))
        .isInstanceOf(Conflict.class);

    assertThat(profiles().containsKey(new ParametersKey("cy"))).isFalse();
  }

  @Test
  void cachePut_noCacheFor_putsUnlessTheExceptionIsListed() {
    assertThatThrownBy(() -> profiles.saveUnlessConflict("dee", "Dee", new Timeout()))
        .isInstanceOf(Timeout.class);
    assertThatThrownBy(() -> profiles.saveUnlessConflict("eve", "Eve", new Conflict()))
        .isInstanceOf(Conflict.class);

    assertThat(profiles().get(new ParametersKey("dee"))).isEqualTo("Dee");
    assertThat(profiles().containsKey(new ParametersKey("eve"))).isFalse();
  }

  @Test
  void cachePut_cacheFor_putsOnlyForListedExceptions() {
    assertThatThrownBy(() -> profiles.saveOnTimeout("fay", "Fay", new Timeout()))
        .isInstanceOf(Timeout.class);
    assertThatThrownBy(() -> profiles.saveOnTimeout("gus", "Gus", new Conflict()))
        .isInstanceOf(Conflict.class);
    profiles.saveOnTimeout("hal", "Hal", null);

    assertThat(profiles().get(new ParametersKey("fay"))).isEqualTo("Fay");
    assertThat(profiles().containsKey(new ParametersKey("gus"))).isFalse();
    assertThat(profiles().get(new ParametersKey("hal"))).isEqualTo("Hal");
  }

  @Test
  void cachePut_beforeInvocation_putsEvenWhenTheMethodThrows() {
    assertThatThrownBy(() -> profiles.saveFirst("ivy", "Ivy", new Conflict()))
        .isInstanceOf(Conflict.class);

    assertThat(profiles().get(new ParametersKey("ivy"))).isEqualTo("Ivy");
  }

  @Test
  void cachePut_nullValue_removesTheEntry() {
    profiles.save("jo", "Jo");

    profiles.save("jo", null);

    assertThat(profiles().containsKey(new ParametersKey("jo"))).isFalse();
  }

  private Cache<Object, Object> profiles() {
    return cacheManager.getCache("profiles");
  }

  /** A failure the puts are told to ignore. */
  public static class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A failure after which the value may still be cached. */
  public static class Timeout extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** A bean that stores profiles. */
  @ApplicationScoped
  public static class Profiles {
    @Inject
    Calls calls;

    @CacheResult(cacheName = "profiles")
    public String load(String id) {
      calls.record("load", id);
      return "loaded " + id;
    }

    @CachePut(cacheName = "profiles")
    public void save(String id, @CacheValue String profile) {
      calls.record("save", id);
    }

    @CachePut(cacheName = "tenant-profiles")
    public void saveForTenant(String tenant, String id, @CacheValue String profile) {
      calls.record("saveForTenant", tenant, id);
    }

    @CachePut(cacheName = "profiles")
    public void saveOrFail(@CacheKey String id, @CacheValue String profile,
        RuntimeException failure) {
      throw failure;
    }

    @CachePut(cacheName = "profiles", noCacheFor = Conflict.class)
    public void saveUnlessConflict(@CacheKey String id, @CacheValue String profile,
        RuntimeException failure) {
      throw failure;
    }

    @CachePut(cacheName = "profiles", cacheFor = Timeout.class)
    public void saveOnTimeout(@CacheKey String id, @CacheValue String profile,
        RuntimeException failure) {
      if (failure != null) {
        throw failure;
      }
    }

    @CachePut(cacheName = "profiles", afterInvocation = false)
    public void saveFirst(@CacheKey String id, @CacheValue String profile,
        RuntimeException failure) {
      throw failure;
    }
  }
}
