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
import io.tiercel.jcache.testing.Concurrently;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryListenerException;
import javax.cache.event.CacheEntryUpdatedListener;
import javax.cache.event.EventType;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Entry listeners: order, old values, filters, failures, deregistration and async delivery. */
class TiercelCacheListenerTest {
  private final CacheFixture fixture = new CacheFixture();
  private final RecordingListener<String, String> listener = new RecordingListener<>();
  private final ExecutorService other = Executors.newSingleThreadExecutor();

  @AfterEach
  void closeFixture() throws InterruptedException {
    other.shutdownNow();
    assertThat(other.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
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

    await().atMost(10, TimeUnit.SECONDS)
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

  @Test
  void asyncListener_concurrentPutsToOneKey_receivesEventsInTheOrderTheyHappened()
      throws Exception {
    // Mutable values make store-by-value copy them for each event, which widens the window in
    // which a change and the queueing of its event could be overtaken by another thread.
    Cache<String, List<Integer>> cache = fixture.create();
    var chain = new RecordingListener<String, List<Integer>>();
    cache.registerCacheEntryListener(chain.registration(true, /* synchronous= */ false));
    int threads = 4;
    int puts = 500;

    Concurrently.run(threads, thread -> {
      for (int i = 0; i < puts; i++) {
        cache.put("k", new ArrayList<>(List.of(thread, i)));
      }
    });

    await().atMost(10, TimeUnit.SECONDS)
        .untilAsserted(() -> assertThat(chain.events()).hasSize(threads * puts));
    List<Event<String, List<Integer>>> events = chain.events();
    assertThat(events.get(0).type()).isEqualTo(EventType.CREATED);
    int broken = 0;
    List<String> firstBroken = new ArrayList<>();
    for (int i = 1; i < events.size(); i++) {
      Event<String, List<Integer>> previous = events.get(i - 1);
      Event<String, List<Integer>> event = events.get(i);
      if (!event.equals(updated("k", previous.value(), event.value())) && broken++ < 5) {
        firstBroken.add("#" + i + " " + event + " after " + previous);
      }
    }
    assertThat(broken).as("events not chained to the one before, first: %s", firstBroken)
        .isZero();
    assertThat(events.get(events.size() - 1).value()).isEqualTo(cache.get("k"));
  }

  @Test
  void syncExpiredListener_throws_surfacesFromTheGetThatSawTheExpiry() {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(Duration.ONE_MINUTE));
    Cache<String, String> cache = fixture.create(configuration);
    CacheEntryExpiredListener<String, String> failing = events -> {
      // "BB" has the hash code of "Aa", so it shares its bin in Caffeine's map and its key lock:
      // another thread can store it only if this listener runs outside both.
      try {
        other.submit(() -> cache.put("BB", "from-listener")).get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalArgumentException("The listener could not write another key", e);
      }
      throw new IllegalStateException("listener down");
    };
    cache.registerCacheEntryListener(new MutableCacheEntryListenerConfiguration<>(
        CacheFixture.singleton(failing), null, false, /* synchronous= */ true));
    cache.put("Aa", "v");
    fixture.ticker().advance(2, TimeUnit.MINUTES);

    assertThatExceptionOfType(CacheEntryListenerException.class)
        .isThrownBy(() -> cache.get("Aa"))
        .withRootCauseInstanceOf(IllegalStateException.class);

    assertThat(cache.get("BB")).isEqualTo("from-listener");
    assertThat(cache.containsKey("Aa")).isFalse();
  }

  @Test
  void asyncListener_throwsErrorOnOneEvent_stillReceivesLaterEvents() {
    Cache<String, String> cache = fixture.create();
    List<String> received = new CopyOnWriteArrayList<>();
    CacheEntryUpdatedListener<String, String> flaky = events -> {
      for (CacheEntryEvent<? extends String, ? extends String> event : events) {
        received.add(event.getValue());
        if (event.getValue().equals("v2")) {
          throw new AssertionError("listener broke on v2");
        }
      }
    };
    cache.registerCacheEntryListener(new MutableCacheEntryListenerConfiguration<>(
        CacheFixture.singleton(flaky), null, false, /* synchronous= */ false));

    cache.put("k", "v1");
    cache.put("k", "v2");
    cache.put("k", "v3");
    cache.put("k", "v4");

    await().atMost(10, TimeUnit.SECONDS)
        .untilAsserted(() -> assertThat(received).containsExactly("v2", "v3", "v4"));
  }

  @Test
  @SuppressWarnings("unchecked") // getConfiguration of a raw configuration class
  void getConfiguration_listenerAddedToTheCopy_isNotRegistered() {
    Cache<String, String> cache = fixture.create();
    MutableConfiguration<String, String> copy =
        cache.getConfiguration(MutableConfiguration.class);

    copy.addCacheEntryListenerConfiguration(listener.registration(true, true));
    cache.put("k", "v");

    assertThat(listener.events()).isEmpty();
    assertThat(cache.getConfiguration(CompleteConfiguration.class)
        .getCacheEntryListenerConfigurations()).isEmpty();
  }

  @Test
  void asyncListener_getExpiresEntryWhilePutRecreatesIt_receivesExpiryFirst() throws Exception {
    TiercelConfiguration<String, HeldCopy> configuration = fixture.configuration();
    configuration.setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(Duration.ONE_MINUTE));
    Cache<String, HeldCopy> cache = fixture.create(configuration);
    var recorder = new RecordingListener<String, HeldCopy>();
    cache.registerCacheEntryListener(recorder.registration(true, /* synchronous= */ false));
    cache.put("k", new HeldCopy("first"));
    fixture.ticker().advance(2, TimeUnit.MINUTES);
    HeldCopy.copying = new CountDownLatch(1);
    HeldCopy.release = new CountDownLatch(1);
    try {
      Future<HeldCopy> read = other.submit(() -> cache.get("k"));
      // The read has dropped the expired entry and is copying its value for the EXPIRED event.
      assertThat(HeldCopy.copying.await(10, TimeUnit.SECONDS)).isTrue();
      cache.put("k", new HeldCopy("second"));
      HeldCopy.release.countDown();

      assertThat(read.get(10, TimeUnit.SECONDS)).isNull();
    } finally {
      HeldCopy.release.countDown();
      HeldCopy.copying = null;
    }
    await().atMost(10, TimeUnit.SECONDS).until(() -> recorder.events().size() == 3);
    assertThat(recorder.events()).extracting(event -> event.type() + " " + event.value())
        .containsExactly("CREATED first", "EXPIRED first", "CREATED second");
  }

  /**
   * A value whose store-by-value copy can be held up: while {@link #copying} is set, copying
   * the value named "first" signals it and waits for {@link #release}.
   */
  static final class HeldCopy implements Serializable {
    private static final long serialVersionUID = 1L;
    static volatile CountDownLatch copying;
    static volatile CountDownLatch release;

    private final String name;

    HeldCopy(String name) {
      this.name = name;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      CountDownLatch signal = copying;
      if (signal != null && name.equals("first")) {
        signal.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
      out.defaultWriteObject();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
