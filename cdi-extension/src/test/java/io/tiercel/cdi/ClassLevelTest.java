package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cache annotations on a class, and {@code @CacheDefaults}. */
@ExtendWith(ArquillianExtension.class)
class ClassLevelTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Directory.class, Library.class);
  }

  @Inject
  Directory directory;

  @Inject
  Library library;

  @Inject
  Calls calls;

  @Inject
  CacheManager cacheManager;

  @Test
  void classLevelCacheResult_everyValueReturningMethod_isCached() {
    directory.name("a");
    directory.name("a");
    directory.size("a");
    directory.size("a");

    assertThat(calls.count("name", "a")).isEqualTo(1);
    assertThat(calls.count("size", "a")).isEqualTo(1);
  }

  @Test
  void classLevelCacheResult_noCacheName_eachMethodGetsItsOwnCache() {
    directory.name("d");
    directory.size("d");

    assertThat(cacheManager.getCache("io.tiercel.cdi.ClassLevelTest$Directory.size("
        + "java.lang.String)").get(new ParametersKey("d"))).isEqualTo(1);
  }

  @Test
  void classLevelCacheResult_voidMethod_runsEveryTime() {
    directory.touch("b");
    directory.touch("b");

    assertThat(calls.count("touch", "b")).isEqualTo(2);
  }

  @Test
  void classLevelCacheResult_methodAnnotation_replacesTheClassOne() {
    directory.name("c");

    directory.forget("c");
    directory.name("c");

    assertThat(calls.count("forget", "c")).isEqualTo(1);
    assertThat(calls.count("name", "c")).isEqualTo(2);
  }

  @Test
  void cacheDefaults_cacheName_appliesToMethodsThatNameNoCache() {
    library.title("isbn-1");
    library.author("isbn-1");

    assertThat(cacheManager.getCache("books").get(new ParametersKey("isbn-1")))
        .isEqualTo("title of isbn-1");
    assertThat(cacheManager.getCache("authors").get(new ParametersKey("isbn-1")))
        .isEqualTo("author of isbn-1");
  }

  @Test
  void cacheDefaults_removeWithoutCacheName_removesFromTheDefaultCache() {
    library.title("isbn-2");

    library.withdraw("isbn-2");
    library.title("isbn-2");

    assertThat(calls.count("title", "isbn-2")).isEqualTo(2);
  }

  /**
   * A bean whose class carries {@code @CacheResult}, without a cache name: each method gets the
   * cache its signature names.
   */
  @ApplicationScoped
  @CacheResult
  public static class Directory {
    @Inject
    Calls calls;

    public String name(String id) {
      calls.record("name", id);
      return "name of " + id;
    }

    public Integer size(String id) {
      calls.record("size", id);
      return id.length();
    }

    public void touch(String id) {
      calls.record("touch", id);
    }

    @CacheRemove(cacheName = "io.tiercel.cdi.ClassLevelTest$Directory.name(java.lang.String)")
    public String forget(String id) {
      calls.record("forget", id);
      return id;
    }
  }

  /** A bean whose class sets the default cache name. */
  @ApplicationScoped
  @CacheDefaults(cacheName = "books")
  public static class Library {
    @Inject
    Calls calls;

    @CacheResult
    public String title(String isbn) {
      calls.record("title", isbn);
      return "title of " + isbn;
    }

    @CacheResult(cacheName = "authors")
    public String author(String isbn) {
      return "author of " + isbn;
    }

    @CacheRemove
    public void withdraw(String isbn) {}
  }
}
