package io.tiercel.jcache.cache;

import static io.tiercel.jcache.cache.RecordingListener.created;
import static io.tiercel.jcache.cache.RecordingListener.removed;
import static io.tiercel.jcache.cache.RecordingListener.updated;
import static io.tiercel.jcache.cache.RecordingListener.updatedWithoutOldValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.cache.RecordingListener.Event;
import io.tiercel.jcache.config.TiercelConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.cache.Cache;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryListenerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Entry listeners: order, old values, filters, failures, deregistration and async delivery. */
class TiercelCacheListenerTest {
  private final CacheFixture fixture = new CacheFixture();
  private final RecordingListener<String, String> listener = new RecordingListener<>();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @Test
  void syncListener_createUpdateRemove_seesEventsInOrder() {
    Cache<String, String> cache = fixture.create();
    cache.registerCacheEntryListener(listener.registration(true, /* synchronous= */ true));

    cache.put("k", "v1");
    cache.put("k", "v2");
    cache.remove("k");

    assertThat(listener.events()).containsExactly(
        created("k", "v1"), updated("k", "v1", "v2"), removed("k", "v2"));
  }

  @Test
  void listenerInConfiguration_put_receivesEvents() {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.addCacheEntryListenerConfiguration(listener.registration(true, true));
    Cache<String, String> cache = fixture.create(configuration);

    cache.put("k", "v");

    assertThat(listener.events()).containsExactly(created("k", "v"));
  }

  @Test
  void updatedEvent_oldValueRequiredOrNot_carriesOldValueOnlyWhenRequired() {
    Cache<String, String> cache = fixture.create();
    var withoutOld = new RecordingListener<String, String>();
    cache.registerCacheEntryListener(listener.registration(/* oldValueRequired= */ true, true));
    cache.registerCacheEntryListener(withoutOld.registration(/* oldValueRequired= */ false, true));

    cache.put("k", "v1");
    cache.replace("k", "v2");

    assertThat(listener.events()).last().isEqualTo(updated("k", "v1", "v2"));
    assertThat(withoutOld.events()).last().isEqualTo(updatedWithoutOldValue("k", "v2"));
  }

  @Test
  void filter_rejectsSomeKeys_listenerSeesAcceptedOnly() {
    Cache<String, String> cache = fixture.create();
    cache.registerCacheEntryListener(
        listener.registration(event -> event.getKey().startsWith("a"), true, true));

    cache.put("apple", "1");
    cache.put("banana", "2");
    cache.remove("banana");
    cache.remove("apple");

    assertThat(listener.events()).containsExactly(created("apple", "1"), removed("apple", "1"));
  }

  @Test
  void syncListener_throws_surfacesAsListenerExceptionAfterTheChange() {
    Cache<String, String> cache = fixture.create();
    CacheEntryCreatedListener<String, String> failing = events -> {
      throw new IllegalStateException("listener down");
    };
    cache.registerCacheEntryListener(new MutableCacheEntryListenerConfiguration<>(
        CacheFixture.singleton(failing), null, false, /* synchronous= */ true));
    cache.registerCacheEntryListener(listener.registration(true, true));

    assertThatExceptionOfType(CacheEntryListenerException.class)
        .isThrownBy(() -> cache.put("k", "v"))
        .withRootCauseInstanceOf(IllegalStateException.class);

    assertThat(cache.get("k")).isEqualTo("v");
    assertThat(listener.events()).containsExactly(created("k", "v"));
  }

  @Test
  void deregister_closeableListener_closesItAndStopsDelivery() {
    Cache<String, String> cache = fixture.create();
    CacheEntryListenerConfiguration<String, String> registration =
        listener.registration(true, true);
    cache.registerCacheEntryListener(registration);
    cache.put("k", "v1");

    cache.deregisterCacheEntryListener(registration);
    cache.put("k", "v2");
    cache.remove("k");

    assertThat(listener.isClosed()).isTrue();
    assertThat(listener.events()).containsExactly(created("k", "v1"));
    assertThat(cache.getConfiguration(TiercelConfiguration.class)
        .getCacheEntryListenerConfigurations()).isEmpty();
  }

  @Test
  void close_cache_closesItsListeners() {
    Cache<String, String> cache = fixture.create();
    cache.registerCacheEntryListener(listener.registration(true, true));

    cache.close();

    assertThat(listener.isClosed()).isTrue();
  }

  @Test
  void asyncListener_manyUpdates_receivesThemInPublishOrder() {
    Cache<String, String> cache = fixture.create();
    cache.registerCacheEntryListener(listener.registration(true, /* synchronous= */ false));
    int writes = 200;
    List<Event<String, String>> expected = new ArrayList<>();

    for (int i = 0; i < writes; i++) {
      cache.put("k", "v" + i);
      expected.add(i == 0 ? created("k", "v0") : updated("k", "v" + (i - 1), "v" + i));
    }
    cache.remove("k");
    expected.add(removed("k", "v" + (writes - 1)));

    await().atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(listener.events()).hasSameSizeAs(expected));
    assertThat(listener.events()).containsExactlyElementsOf(expected);
  }

  @Test
  void syncListener_mutatesEventValue_cacheKeepsItsOwn() {
    Cache<String, List<String>> cache = fixture.create();
    CacheEntryCreatedListener<String, List<String>> meddler = events -> {
      for (CacheEntryEvent<? extends String, ? extends List<String>> event : events) {
        event.getValue().clear();
      }
    };
    cache.registerCacheEntryListener(new MutableCacheEntryListenerConfiguration<>(
        CacheFixture.singleton(meddler), null, false, true));

    cache.put("k", new ArrayList<>(List.of("a", "b")));

    assertThat(cache.get("k")).containsExactly("a", "b");
  }
}
