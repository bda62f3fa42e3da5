package io.tiercel.jcache.cache;

import static io.tiercel.jcache.cache.RecordingListener.expired;
import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.config.TiercelConfiguration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.configuration.Factory;
import javax.cache.event.EventType;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.expiry.TouchedExpiryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expiry policies on a fake clock: what each one extends, and the events expiry publishes. */
class TiercelCacheExpiryTest {
  private static final Duration ONE_MINUTE = new Duration(TimeUnit.MINUTES, 1);

  private final CacheFixture fixture = new CacheFixture();
  private final RecordingListener<String, String> listener = new RecordingListener<>();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @Test
  void getAndPut_createdPolicy_doNotExtendLife() {
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v1");

    elapseSeconds(30);
    cache.get("k");
    cache.put("k", "v2");
    elapseSeconds(29);
    assertThat(cache.get("k")).isEqualTo("v2");
    elapseSeconds(2);

    assertThat(cache.containsKey("k")).isFalse();
    assertThat(cache.get("k")).isNull();
  }

  @Test
  void get_accessedPolicy_extendsLife() {
    Cache<String, String> cache = cache(AccessedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v");

    elapseSeconds(50);
    assertThat(cache.get("k")).isEqualTo("v");
    elapseSeconds(50);
    assertThat(cache.containsKey("k")).isTrue();
    elapseSeconds(11);

    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void put_accessedPolicy_doesNotExtendLife() {
    Cache<String, String> cache = cache(AccessedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v1");

    elapseSeconds(50);
    cache.put("k", "v2");
    elapseSeconds(11);

    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void put_modifiedPolicy_extendsLifeButGetDoesNot() {
    Cache<String, String> cache = cache(ModifiedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v1");

    elapseSeconds(50);
    cache.put("k", "v2");
    elapseSeconds(50);
    assertThat(cache.get("k")).isEqualTo("v2");
    elapseSeconds(11);

    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void getAndReplace_touchedPolicy_bothExtendLife() {
    Cache<String, String> cache = cache(TouchedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v1");

    elapseSeconds(50);
    cache.get("k");
    elapseSeconds(50);
    cache.replace("k", "v2");
    elapseSeconds(50);
    assertThat(cache.containsKey("k")).isTrue();
    elapseSeconds(11);

    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void put_zeroCreationExpiry_neverVisibleAndNoEvent() {
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(Duration.ZERO));

    cache.put("k", "v");
    cache.putIfAbsent("j", "v");

    assertThat(cache.get("k")).isNull();
    assertThat(cache.containsKey("j")).isFalse();
    assertThat(cache.iterator().hasNext()).isFalse();
    assertThat(listener.events()).isEmpty();
  }

  @ParameterizedTest(name = "withWriter={0}")
  @ValueSource(booleans = {false, true})
  void putIfAbsent_zeroCreationExpiry_neverVisibleAndNoEvent(boolean withWriter) {
    Cache<String, String> cache =
        cache(CreatedExpiryPolicy.factoryOf(Duration.ZERO), withWriter);

    cache.putIfAbsent("k", "v");

    assertThat(cache.containsKey("k")).isFalse();
    assertThat(listener.events()).isEmpty();
    assertThat(cache.unwrap(TiercelCache.class).statistics().getCachePuts()).isZero();
  }

  @Test
  void invoke_setValueWithZeroCreationExpiry_neverVisibleAndNoEvent() {
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(Duration.ZERO));

    cache.invoke("k", (entry, arguments) -> {
      entry.setValue("v");
      return null;
    });

    assertThat(cache.containsKey("k")).isFalse();
    assertThat(listener.events()).isEmpty();
  }

  @ParameterizedTest(name = "withWriter={0}")
  @ValueSource(booleans = {false, true})
  void replace_zeroUpdateExpiry_expiresWithExpiredEvent(boolean withWriter) {
    Cache<String, String> cache =
        cache(policy(Duration.ETERNAL, Duration.ZERO, null), withWriter);
    cache.put("k", "v1");

    assertThat(cache.replace("k", "v2")).isTrue();

    assertThat(cache.containsKey("k")).isFalse();
    assertThat(listener.events()).containsExactly(
        RecordingListener.created("k", "v1"), expired("k", "v1"));
  }

  @Test
  void get_zeroAccessExpiry_returnsValueOnceThenExpires() {
    Cache<String, String> cache = cache(policy(Duration.ETERNAL, null, Duration.ZERO));
    cache.put("k", "v");

    assertThat(cache.get("k")).isEqualTo("v");

    assertThat(cache.containsKey("k")).isFalse();
    assertThat(listener.events()).containsExactly(
        RecordingListener.created("k", "v"), expired("k", "v"));
  }

  @Test
  void get_pastDeadline_publishesExpiredEvent() {
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v");
    elapseSeconds(120);

    assertThat(cache.get("k")).isNull();

    assertThat(listener.events()).containsExactly(
        RecordingListener.created("k", "v"), expired("k", "v"));
  }

  @Test
  void get_justPastShortDeadline_publishesExpiredEvent() {
    Cache<String, String> cache =
        cache(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.MILLISECONDS, 100)));
    cache.put("k", "v");
    fixture.ticker().advance(101, TimeUnit.MILLISECONDS);

    assertThat(cache.get("k")).isNull();

    assertThat(listener.events()).containsExactly(
        RecordingListener.created("k", "v"), expired("k", "v"));
  }

  @Test
  void removeAll_expiredEntries_areNeitherRemovedNorCounted() {
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("a", "1");
    cache.put("b", "2");
    elapseSeconds(30);
    cache.put("live", "3");
    elapseSeconds(31);

    cache.removeAll();

    assertThat(cache.unwrap(TiercelCache.class).statistics().getCacheRemovals()).isEqualTo(1);
    assertThat(listener.events()).filteredOn(event -> event.type() == EventType.REMOVED)
        .containsExactly(RecordingListener.removed("live", "3"));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(ConditionalUpdate.class)
  void conditionalUpdate_entryExpiresWhileWriterRuns_cacheAndWriterHoldNewValue(
      ConditionalUpdate update) {
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(ONE_MINUTE), writer);
    cache.put("k", "a");
    writer.beforeEachCall(key -> elapseSeconds(120));

    update.apply(cache, "k", "a", "b");

    assertThat(cache.get("k")).isEqualTo("b");
    assertThat(writer.written()).containsExactly(Map.entry("k", "b"));
  }

  @Test
  void removeIfEqual_entryExpiresWhileWriterRuns_cacheAndWriterBothLoseIt() {
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(ONE_MINUTE), writer);
    cache.put("k", "a");
    writer.beforeEachCall(key -> elapseSeconds(120));

    cache.remove("k", "a");

    assertThat(cache.containsKey("k")).isFalse();
    assertThat(writer.written()).isEmpty();
  }

  @Test
  void iteratorHasNext_accessedPolicy_doesNotExtendLife() {
    Cache<String, String> cache = cache(AccessedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v");

    elapseSeconds(50);
    Iterator<Cache.Entry<String, String>> iterator = cache.iterator();
    assertThat(iterator.hasNext()).isTrue();
    assertThat(iterator.hasNext()).isTrue();
    elapseSeconds(11);

    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void iteratorNext_accessedPolicy_extendsLife() {
    Cache<String, String> cache = cache(AccessedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v");

    elapseSeconds(50);
    assertThat(cache.iterator().next().getValue()).isEqualTo("v");
    elapseSeconds(50);
    assertThat(cache.containsKey("k")).isTrue();
    elapseSeconds(11);

    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void clear_entryPastDeadline_nextCallDeliversOnlyItsOwnEvents() {
    Cache<String, String> cache = cache(CreatedExpiryPolicy.factoryOf(ONE_MINUTE));
    cache.put("k", "v");
    elapseSeconds(120);
    cache.clear();
    int before = listener.events().size();

    cache.put("other", "v");

    assertThat(listener.events().subList(before, listener.events().size()))
        .containsExactly(RecordingListener.created("other", "v"));
  }

  private Cache<String, String> cache(Factory<? extends ExpiryPolicy> policy) {
    return cache(policy, /* withWriter= */ false);
  }

  private Cache<String, String> cache(Factory<? extends ExpiryPolicy> policy,
      boolean withWriter) {
    return cache(policy, withWriter ? new RecordingWriter<>() : null);
  }

  /** Returns a cache with {@code policy} that writes through to {@code writer} (null: none). */
  private Cache<String, String> cache(Factory<? extends ExpiryPolicy> policy,
      RecordingWriter<String, String> writer) {
    TiercelConfiguration<String, String> configuration = configuration(policy);
    if (writer != null) {
      configuration.setWriteThrough(true);
      configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    }
    return fixture.create(configuration);
  }

  private TiercelConfiguration<String, String> configuration(
      Factory<? extends ExpiryPolicy> policy) {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setExpiryPolicyFactory(policy);
    configuration.addCacheEntryListenerConfiguration(
        listener.registration(/* oldValueRequired= */ true, /* synchronous= */ true));
    return configuration;
  }

  /** Returns a policy with fixed answers; null keeps an entry's current expiry. */
  private static Factory<ExpiryPolicy> policy(Duration creation, Duration update,
      Duration access) {
    return CacheFixture.singleton(new FixedExpiryPolicy(creation, update, access));
  }

  private void elapseSeconds(long seconds) {
    fixture.ticker().advance(seconds, TimeUnit.SECONDS);
  }

  /** An expiry policy that answers each question with a fixed duration. */
  private record FixedExpiryPolicy(Duration creation, Duration update, Duration access)
      implements ExpiryPolicy {
    @Override
    public Duration getExpiryForCreation() {
      return creation;
    }

    @Override
    public Duration getExpiryForUpdate() {
      return update;
    }

    @Override
    public Duration getExpiryForAccess() {
      return access;
    }
  }
}
