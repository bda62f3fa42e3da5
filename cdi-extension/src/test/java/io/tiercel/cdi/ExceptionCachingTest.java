package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @CacheResult} with an exception cache, and its two exception lists. */
@ExtendWith(ArquillianExtension.class)
class ExceptionCachingTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Quotes.class);
  }

  @Inject
  Quotes quotes;

  @Inject
  Calls calls;

  @Inject
  CacheManager cacheManager;

  @Test
  void exceptionCacheName_failedCall_rethrowsCachedExceptionWithoutRunning() {
    assertThatThrownBy(() -> quotes.quote("XYZ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown symbol XYZ");
    assertThatThrownBy(() -> quotes.quote("XYZ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown symbol XYZ");

    assertThat(calls.count("quote", "XYZ")).isEqualTo(1);
    assertThat(cacheManager.getCache("quote-failures").get(new ParametersKey("XYZ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(cacheManager.getCache("quotes").containsKey(new ParametersKey("XYZ"))).isFalse();
  }

  @Test
  void exceptionCacheName_checkedException_isCachedAndRethrown() {
    assertThatThrownBy(() -> quotes.history("ABC")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> quotes.history("ABC")).isInstanceOf(IOException.class)
        .hasMessage("no history for ABC");

    assertThat(calls.count("history", "ABC")).isEqualTo(1);
  }

  @Test
  void exceptionCacheName_skipGet_runsAgainButStillCachesTheException() {
    assertThatThrownBy(() -> quotes.forceQuote("QQQ")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> quotes.forceQuote("QQQ")).isInstanceOf(IllegalStateException.class);

    assertThat(calls.count("forceQuote", "QQQ")).isEqualTo(2);
    assertThat(cacheManager.getCache("force-failures").containsKey(new ParametersKey("QQQ")))
        .isTrue();
  }

  @Test
  void nonCachedExceptions_listedException_isNeverCached() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> quotes.rate("EUR", new IllegalStateException("rates are down")))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> quotes.rate("XXX", new IllegalArgumentException("no XXX")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    assertThat(calls.count("rate", "EUR")).isEqualTo(2);
    assertThat(calls.count("rate", "XXX")).isEqualTo(1);
  }

  @Test
  void cachedExceptions_onlyListedExceptionsAreCached() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> quotes.lookup("bad", new IllegalArgumentException("bad")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> quotes.lookup("down", new IllegalStateException("down")))
          .isInstanceOf(IllegalStateException.class);
    }

    assertThat(calls.count("lookup", "bad")).isEqualTo(1);
    assertThat(calls.count("lookup", "down")).isEqualTo(2);
  }

  @Test
  void bothLists_exceptionIsCachedWhenIncludedAndNotExcluded() {
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> quotes.search("arg", new IllegalArgumentException("arg")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> quotes.search("state", new IllegalStateException("state")))
          .isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> quotes.search("error", new AssertionError("error")))
          .isInstanceOf(AssertionError.class);
    }

    assertThat(calls.count("search", "arg")).isEqualTo(1);
    assertThat(calls.count("search", "state")).isEqualTo(2);
    assertThat(calls.count("search", "error")).isEqualTo(2);
  }

  @Test
  void noExceptionCacheName_exceptionsAreNeverCached() {
    assertThatThrownBy(() -> quotes.plain("P")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> quotes.plain("P")).isInstanceOf(IllegalArgumentException.class);

    assertThat(calls.count("plain", "P")).isEqualTo(2);
  }

  /** A bean whose methods fail. */
  @ApplicationScoped
  public static class Quotes {
    @Inject
    Calls calls;

    @CacheResult(cacheName = "quotes", exceptionCacheName = "quote-failures")
    public String quote(String symbol) {
      calls.record("quote", symbol);
      throw new IllegalArgumentException("unknown symbol " + symbol);
    }

    @CacheResult(cacheName = "history", exceptionCacheName = "history-failures")
    public String history(String symbol) throws IOException {
      calls.record("history", symbol);
      throw new IOException("no history for " + symbol);
    }

    @CacheResult(cacheName = "force", exceptionCacheName = "force-failures", skipGet = true)
    public String forceQuote(String symbol) {
      calls.record("forceQuote", symbol);
      throw new IllegalStateException("closed");
    }

    @CacheResult(cacheName = "rates", exceptionCacheName = "rate-failures",
        nonCachedExceptions = IllegalStateException.class)
    public String rate(@CacheKey String currency, RuntimeException failure) {
      calls.record("rate", currency);
      throw failure;
    }

    @CacheResult(cacheName = "lookups", exceptionCacheName = "lookup-failures",
        cachedExceptions = IllegalArgumentException.class)
    public String lookup(@CacheKey String key, RuntimeException failure) {
      calls.record("lookup", key);
      throw failure;
    }

    @CacheResult(cacheName = "searches", exceptionCacheName = "search-failures",
        cachedExceptions = RuntimeException.class,
        nonCachedExceptions = IllegalStateException.class)
    public String search(@CacheKey String key, Throwable failure) throws Throwable {
      calls.record("search", key);
      throw failure;
    }

    @CacheResult(cacheName = "plain")
    public String plain(String key) {
      calls.record("plain", key);
      throw new IllegalArgumentException("always");
    }
  }
}
