package io.tiercel.jcache.store;

import static io.tiercel.jcache.store.Change.Kind.CREATED;
import static io.tiercel.jcache.store.Change.Kind.DISCARDED;
import static io.tiercel.jcache.store.Change.Kind.REMOVED;
import static io.tiercel.jcache.store.Change.Kind.UNCHANGED;
import static io.tiercel.jcache.store.Change.Kind.UPDATED;
import static io.tiercel.jcache.store.Expiry.ETERNAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.store.CountingExpiry.Asked;
import io.tiercel.jcache.testing.Concurrently;
import io.tiercel.jcache.testing.FakeTicker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract written in {@link Store}'s Javadoc, run against every store by a subclass. */
public abstract class StoreConformanceTest {
  /** The time to live, in milliseconds, of entries that should expire. */
  protected static final long TTL = 10_000L;
  private static final Duration MILLI = Duration.ofMillis(1);

  protected final FakeTicker ticker = new FakeTicker();
  protected final RecordingStoreListener<String, String> listener = new RecordingStoreListener<>();
  protected Store<String, String> store;

  /** Returns a new, empty store that measures deadlines on {@code ticker}. */
  protected abstract Store<String, String> newStore(
      FakeTicker ticker, StoreListener<String, String> listener);

  /** Lets {@code duration} pass for the store; override if its clock cannot be faked. */
  protected void elapse(Duration duration) {
    ticker.advance(duration);
  }

  /** Returns how long an expiry report may take to reach the listener after it is triggered. */
  protected Duration reportTimeout() {
    return Duration.ofSeconds(5);
  }

  /**
   * Returns how precisely {@link #elapse} moves the store's clock: a store whose clock keeps
   * running (a server's) is asked no finer question.
   */
  protected Duration clockResolution() {
    return MILLI;
  }

  /**
   * Returns whether the store hears of entries reaching their deadline, so it reports them with
   * their value; a remote store that lets the server drop them does not.
   */
  protected boolean reportsDeadlineExpiry() {
    return true;
  }

  @BeforeEach
  void createStore() {
    store = newStore(ticker, listener);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void get_absent_returnsNull() {
    assertThat(store.get("k", Expiry.eternal())).isNull();
  }

  @Test
  void get_present_returnsValue() {
    store.put("k", "v", Expiry.eternal());

    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void getAll_someAbsent_returnsPresentOnly() {
    store.put("a", "1", Expiry.eternal());
    store.put("b", "2", Expiry.eternal());

    assertThat(store.getAll(Set.of("a", "b", "c"), Expiry.eternal()))
        .containsExactlyInAnyOrderEntriesOf(Map.of("a", "1", "b", "2"));
  }

  @Test
  void containsKey_presentAndAbsent_tellsThemApart() {
    store.put("k", "v", Expiry.eternal());

    assertThat(store.containsKey("k")).isTrue();
    assertThat(store.containsKey("other")).isFalse();
  }

  @Test
  void snapshot_absentAndPresent_carriesLiveValue() {
    store.put("k", "v", Expiry.eternal());

    assertThat(store.snapshot("other").isPresent()).isFalse();
    assertThat(store.snapshot("k").value()).isEqualTo("v");
  }

  @Test
  void commit_createdOnUnchangedAbsentEntry_storesValue() {
    Snapshot<String> seen = store.snapshot("k");

    assertThat(store.commit("k", seen, CREATED, "v", Expiry.eternal())).isNotNull();
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void commit_updatedOnUnchangedEntry_storesValue() {
    store.put("k", "v1", Expiry.eternal());
    Snapshot<String> seen = store.snapshot("k");

    assertThat(store.commit("k", seen, UPDATED, "v2", Expiry.eternal())).isNotNull();
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v2");
  }

  @Test
  void commit_removedOnUnchangedEntry_removesEntry() {
    store.put("k", "v", Expiry.eternal());
    Snapshot<String> seen = store.snapshot("k");

    assertThat(store.commit("k", seen, REMOVED, null, Expiry.eternal())).isNotNull();
    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void commit_unchangedOnLiveEntry_keepsValueAndCountsAsAccess() {
    store.put("k", "v", Expiry.eternal());
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.commit("k", store.snapshot("k"), UNCHANGED, null, expiry)).isNotNull();
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 0, 1));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void commit_entryWrittenSinceSnapshot_isRejected() {
    store.put("k", "v1", Expiry.eternal());
    Snapshot<String> seen = store.snapshot("k");
    store.put("k", "v2", Expiry.eternal());

    assertThat(store.commit("k", seen, UPDATED, "mine", Expiry.eternal())).isNull();
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v2");
  }

  @Test
  void commit_accessSinceSnapshot_isAccepted() {
    store.put("k", "v", Expiry.eternal());
    Snapshot<String> seen = store.snapshot("k");
    store.get("k", ttl(TTL));

    assertThat(store.commit("k", seen, UPDATED, "mine", Expiry.eternal())).isNotNull();
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("mine");
  }

  @Test
  void commit_equalValueWrittenSinceSnapshot_isRejected() {
    store.put("k", "v", Expiry.eternal());
    Snapshot<String> seen = store.snapshot("k");
    store.put("k", new String("v"), Expiry.eternal());

    assertThat(store.commit("k", seen, UPDATED, "mine", Expiry.eternal())).isNull();
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void commit_entryCreatedSinceSnapshot_isRejected() {
    Snapshot<String> seen = store.snapshot("k");
    store.putIfAbsent("k", "theirs", Expiry.eternal());

    assertThat(store.commit("k", seen, CREATED, "mine", Expiry.eternal())).isNull();
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("theirs");
  }

  @Test
  void commit_entryRemovedSinceSnapshot_isRejected() {
    store.put("k", "v", Expiry.eternal());
    Snapshot<String> seen = store.snapshot("k");
    store.remove("k");

    assertThat(store.commit("k", seen, UPDATED, "mine", Expiry.eternal())).isNull();
    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void put_absent_reportsCreated() {
    assertThat(store.put("k", "v", Expiry.eternal())).isEqualTo(new Change<>(CREATED, null));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void put_present_reportsUpdatedWithPrevious() {
    store.put("k", "v1", Expiry.eternal());

    assertThat(store.put("k", "v2", Expiry.eternal())).isEqualTo(new Change<>(UPDATED, "v1"));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v2");
  }

  @Test
  void putAll_newAndExistingKeys_reportsEachKeysChange() {
    store.put("a", "1", Expiry.eternal());
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("a", "2");
    entries.put("b", "3");

    assertThat(store.putAll(entries, Expiry.eternal())).containsExactlyInAnyOrderEntriesOf(
        Map.of("a", new Change<>(UPDATED, "1"), "b", new Change<>(CREATED, null)));
    assertThat(store.getAll(Set.of("a", "b"), Expiry.eternal()))
        .containsExactlyInAnyOrderEntriesOf(entries);
  }

  @Test
  void putIfAbsent_absent_createsEntry() {
    assertThat(store.putIfAbsent("k", "v", Expiry.eternal()))
        .isEqualTo(new Change<>(CREATED, null));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void putIfAbsent_present_keepsValueAndReportsIt() {
    store.put("k", "v1", Expiry.eternal());
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.putIfAbsent("k", "v2", expiry)).isEqualTo(new Change<>(UNCHANGED, "v1"));
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 0, 0));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v1");
  }

  @Test
  void replace_absent_leavesEntryAbsent() {
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.replace("k", "v", expiry)).isEqualTo(new Change<>(UNCHANGED, null));
    assertThat(store.replace("k", "v", "w", expiry)).isEqualTo(new Change<>(UNCHANGED, null));
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 0, 0));
    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void replace_present_reportsUpdatedAndAsksUpdateOnly() {
    store.put("k", "v1", Expiry.eternal());
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.replace("k", "v2", expiry)).isEqualTo(new Change<>(UPDATED, "v1"));
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 1, 0));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v2");
  }

  @Test
  void replaceExpected_matchingValue_reportsUpdatedAndAsksUpdateOnly() {
    store.put("k", "v1", Expiry.eternal());
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.replace("k", "v1", "v2", expiry)).isEqualTo(new Change<>(UPDATED, "v1"));
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 1, 0));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v2");
  }

  @Test
  void replaceExpected_otherValue_keepsValueAndCountsAsAccess() {
    store.put("k", "v1", Expiry.eternal());
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.replace("k", "other", "v2", expiry))
        .isEqualTo(new Change<>(UNCHANGED, "v1"));
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 0, 1));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v1");
  }

  @Test
  void remove_present_reportsRemovedWithPrevious() {
    store.put("k", "v", Expiry.eternal());

    assertThat(store.remove("k")).isEqualTo(new Change<>(REMOVED, "v"));
    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void remove_absent_reportsUnchanged() {
    assertThat(store.remove("k")).isEqualTo(new Change<>(UNCHANGED, null));
    assertThat(store.remove("k", "v", Expiry.eternal())).isEqualTo(new Change<>(UNCHANGED, null));
  }

  @Test
  void removeExpected_matchingValue_removesAndAsksNothing() {
    store.put("k", "v", Expiry.eternal());
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.remove("k", "v", expiry)).isEqualTo(new Change<>(REMOVED, "v"));
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 0, 0));
    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void removeExpected_otherValue_keepsValueAndCountsAsAccess() {
    store.put("k", "v", Expiry.eternal());
    CountingExpiry expiry = CountingExpiry.eternal();

    assertThat(store.remove("k", "other", expiry)).isEqualTo(new Change<>(UNCHANGED, "v"));
    assertThat(expiry.asked()).isEqualTo(new Asked(0, 0, 1));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void keys_afterWritesAndRemoval_listsLiveKeysOnce() {
    store.put("a", "1", Expiry.eternal());
    store.put("b", "2", Expiry.eternal());
    store.put("a", "3", Expiry.eternal());
    store.put("c", "4", Expiry.eternal());
    store.remove("b");

    assertThat(keys()).containsExactlyInAnyOrder("a", "c");
  }

  @Test
  void clear_liveEntries_removesAllWithoutReporting() {
    store.put("a", "1", Expiry.eternal());
    store.put("b", "2", Expiry.eternal());

    store.clear();

    assertThat(keys()).isEmpty();
    assertThat(store.containsKey("a")).isFalse();
    assertThat(listener.expired()).isEmpty();
    assertThat(listener.evicted()).isEmpty();
  }

  @Test
  void estimatedSize_threeEntries_isThree() {
    store.put("a", "1", Expiry.eternal());
    store.put("b", "2", Expiry.eternal());
    store.put("c", "3", Expiry.eternal());

    assertThat(store.estimatedSize()).isEqualTo(3);
  }

  @Test
  void put_absentThenPresent_asksCreationThenUpdateOnly() {
    CountingExpiry creating = CountingExpiry.eternal();
    CountingExpiry updating = CountingExpiry.eternal();

    store.put("k", "v1", creating);
    store.put("k", "v2", updating);

    assertThat(creating.asked()).isEqualTo(new Asked(1, 0, 0));
    assertThat(updating.asked()).isEqualTo(new Asked(0, 1, 0));
  }

  @Test
  void get_presentAndAbsent_asksAccessOnlyForLiveEntries() {
    store.put("a", "1", Expiry.eternal());
    store.put("b", "2", Expiry.eternal());
    CountingExpiry single = CountingExpiry.eternal();
    CountingExpiry bulk = CountingExpiry.eternal();

    store.get("a", single);
    store.get("missing", single);
    store.getAll(Set.of("a", "b", "missing"), bulk);

    assertThat(single.asked()).isEqualTo(new Asked(0, 0, 1));
    assertThat(bulk.asked()).isEqualTo(new Asked(0, 0, 2));
  }

  @Test
  void commit_eachChange_asksOnlyItsBranch() {
    CountingExpiry creating = CountingExpiry.eternal();
    CountingExpiry updating = CountingExpiry.eternal();
    CountingExpiry removing = CountingExpiry.eternal();

    store.commit("k", store.snapshot("k"), CREATED, "v1", creating);
    store.commit("k", store.snapshot("k"), UPDATED, "v2", updating);
    store.commit("k", store.snapshot("k"), REMOVED, null, removing);

    assertThat(creating.asked()).isEqualTo(new Asked(1, 0, 0));
    assertThat(updating.asked()).isEqualTo(new Asked(0, 1, 0));
    assertThat(removing.asked()).isEqualTo(new Asked(0, 0, 0));
  }

  @Test
  void containsKeyAndSnapshot_liveEntry_doNotMoveItsDeadline() {
    store.put("k", "v", ttl(TTL));
    elapse(Duration.ofMillis(TTL / 2));

    store.containsKey("k");
    store.snapshot("k");
    elapse(Duration.ofMillis(TTL / 2).plus(MILLI));

    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void put_zeroCreationTtl_discardsAndLeavesAbsent() {
    assertThat(store.put("k", "v", ttl(0))).isEqualTo(new Change<>(DISCARDED, null));
    assertThat(store.putIfAbsent("j", "v", ttl(0))).isEqualTo(new Change<>(DISCARDED, null));

    assertThat(store.containsKey("k")).isFalse();
    assertThat(store.get("j", Expiry.eternal())).isNull();
  }

  @Test
  void commit_zeroCreationTtl_appliesAndLeavesAbsent() {
    assertThat(store.commit("k", store.snapshot("k"), CREATED, "v", ttl(0))).isNotNull();
    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void put_zeroUpdateTtl_discardsWithPreviousAndRemoves() {
    store.put("k", "v1", Expiry.eternal());

    assertThat(store.put("k", "v2", CountingExpiry.of(ETERNAL, 0, Expiry.UNCHANGED)))
        .isEqualTo(new Change<>(DISCARDED, "v1"));
    assertThat(store.containsKey("k")).isFalse();
    assertThat(listener.expired()).as("the caller reports a discarded write").isEmpty();
  }

  @Test
  void replace_zeroUpdateTtl_discardsWithPreviousAndRemoves() {
    store.put("k", "v1", Expiry.eternal());
    store.put("j", "v1", Expiry.eternal());
    CountingExpiry zero = CountingExpiry.of(ETERNAL, 0, Expiry.UNCHANGED);

    assertThat(store.replace("k", "v2", zero)).isEqualTo(new Change<>(DISCARDED, "v1"));
    assertThat(store.replace("j", "v1", "v2", zero)).isEqualTo(new Change<>(DISCARDED, "v1"));
    assertThat(store.containsKey("k")).isFalse();
    assertThat(store.containsKey("j")).isFalse();
  }

  @Test
  void get_zeroAccessTtl_returnsValueThenAbsent() {
    store.put("k", "v", Expiry.eternal());

    assertThat(store.get("k", CountingExpiry.of(ETERNAL, Expiry.UNCHANGED, 0))).isEqualTo("v");
    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void put_ttl_presentBeforeDeadlineAbsentAfter() {
    store.put("k", "v", ttl(TTL));

    elapse(Duration.ofMillis(TTL).minus(clockResolution()));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
    elapse(clockResolution().multipliedBy(2));
    assertThat(store.get("k", Expiry.eternal())).isNull();
  }

  @Test
  void put_eternal_neverExpires() {
    store.put("k", "v", Expiry.eternal());

    elapse(Duration.ofDays(10_000));

    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void put_unchangedUpdateTtl_keepsDeadline() {
    store.put("k", "v1", ttl(TTL));
    elapse(Duration.ofMillis(TTL / 2));

    store.put("k", "v2", CountingExpiry.of(TTL, Expiry.UNCHANGED, Expiry.UNCHANGED));
    elapse(Duration.ofMillis(TTL / 2).plus(MILLI));

    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void put_updateTtl_restartsDeadline() {
    store.put("k", "v1", ttl(TTL));
    elapse(Duration.ofMillis(TTL / 2));

    store.put("k", "v2", CountingExpiry.of(TTL, TTL, Expiry.UNCHANGED));
    elapse(Duration.ofMillis(TTL / 2).plus(MILLI));
    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v2");
    elapse(Duration.ofMillis(TTL / 2));

    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void get_accessTtl_extendsLife() {
    store.put("k", "v", ttl(TTL));
    elapse(Duration.ofMillis(TTL / 2));

    store.get("k", CountingExpiry.of(TTL, Expiry.UNCHANGED, TTL));
    elapse(Duration.ofMillis(TTL / 2).plus(MILLI));
    assertThat(store.containsKey("k")).isTrue();
    elapse(Duration.ofMillis(TTL / 2));

    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void getAndCommit_unchangedAccessTtl_keepDeadline() {
    store.put("k", "v", ttl(TTL));
    elapse(Duration.ofMillis(TTL / 2));

    store.get("k", ttl(TTL));
    store.commit("k", store.snapshot("k"), UNCHANGED, null, ttl(TTL));
    elapse(Duration.ofMillis(TTL / 2).plus(MILLI));

    assertThat(store.containsKey("k")).isFalse();
  }

  @Test
  void reads_pastDeadline_findNothing() {
    store.put("k", "v", ttl(TTL));

    elapse(Duration.ofMillis(TTL).plus(MILLI));

    assertThat(store.get("k", Expiry.eternal())).isNull();
    assertThat(store.getAll(Set.of("k"), Expiry.eternal())).isEmpty();
    assertThat(store.containsKey("k")).isFalse();
    assertThat(store.snapshot("k").isPresent()).isFalse();
    assertThat(keys()).isEmpty();
  }

  @Test
  void writes_pastDeadline_findNoEntry() {
    for (String key : List.of("put", "putIfAbsent", "replace", "cas", "remove", "cad", "commit")) {
      store.put(key, "old", ttl(TTL));
    }
    elapse(Duration.ofMillis(TTL).plus(MILLI));
    CountingExpiry expiry = CountingExpiry.eternal();
    Change<String> none = new Change<>(UNCHANGED, null);

    assertThat(store.put("put", "new", expiry)).isEqualTo(new Change<>(CREATED, null));
    assertThat(store.putIfAbsent("putIfAbsent", "new", expiry))
        .isEqualTo(new Change<>(CREATED, null));
    assertThat(expiry.asked()).isEqualTo(new Asked(2, 0, 0));
    assertThat(store.replace("replace", "new", expiry)).isEqualTo(none);
    assertThat(store.replace("cas", "old", "new", expiry)).isEqualTo(none);
    assertThat(store.remove("remove")).isEqualTo(none);
    assertThat(store.remove("cad", "old", expiry)).isEqualTo(none);
    assertThat(store.commit("commit", store.snapshot("commit"), CREATED, "new", expiry)).isNotNull();
    assertThat(keys()).containsExactlyInAnyOrder("put", "putIfAbsent", "commit");
  }

  @Test
  void get_pastDeadline_reportsExpiryOnce() {
    store.put("k", "v", ttl(TTL));
    elapse(Duration.ofMillis(TTL).plus(MILLI));

    assertThat(store.get("k", Expiry.eternal())).isNull();

    if (reportsDeadlineExpiry()) {
      awaitReport(() -> assertThat(listener.expired()).containsExactly(Map.entry("k", "v")));
    }
    store.put("k", "v2", Expiry.eternal());
    store.get("k", Expiry.eternal());
    assertThat(listener.expired()).hasSize(reportsDeadlineExpiry() ? 1 : 0);
    assertThat(listener.evicted()).isEmpty();
  }

  @Test
  void get_justPastShortDeadline_findsNothingAndReportsExpiry() {
    store.put("k", "v", ttl(100));
    elapse(Duration.ofMillis(101));

    assertThat(store.get("k", Expiry.eternal())).isNull();

    if (reportsDeadlineExpiry()) {
      awaitReport(() -> assertThat(listener.expired()).containsExactly(Map.entry("k", "v")));
    }
  }

  @Test
  void get_zeroAccessTtl_reportsExpiry() {
    store.put("k", "v", Expiry.eternal());

    store.get("k", CountingExpiry.of(ETERNAL, Expiry.UNCHANGED, 0));
    store.get("k", Expiry.eternal());

    awaitReport(() -> assertThat(listener.expired()).containsExactly(Map.entry("k", "v")));
  }

  @Test
  void remove_liveEntries_areNotReported() {
    store.put("a", "1", ttl(TTL));
    store.put("b", "2", ttl(TTL));

    store.remove("a");
    store.remove("b", "2", Expiry.eternal());

    assertThat(listener.expired()).isEmpty();
    assertThat(listener.evicted()).isEmpty();
  }

  @Test
  void commit_concurrentIncrements_loseNone() throws Exception {
    int threads = 8;
    int increments = 500;

    Concurrently.run(threads, thread -> {
      for (int i = 0; i < increments; i++) {
        while (!increment("counter")) {
          Thread.onSpinWait();
        }
      }
    });

    assertThat(store.get("counter", Expiry.eternal()))
        .isEqualTo(String.valueOf(threads * increments));
  }

  @Test
  void putIfAbsent_concurrentCallers_exactlyOneCreatesEachKey() throws Exception {
    int threads = 8;
    int keys = 100;
    List<List<Change<String>>> changes = new ArrayList<>();
    for (int key = 0; key < keys; key++) {
      changes.add(new CopyOnWriteArrayList<>());
    }

    Concurrently.run(threads, thread -> {
      for (int key = 0; key < keys; key++) {
        changes.get(key).add(store.putIfAbsent("k" + key, "t" + thread, Expiry.eternal()));
      }
    });

    for (int key = 0; key < keys; key++) {
      String winner = store.get("k" + key, Expiry.eternal());
      assertThat(changes.get(key)).as("changes of k%d", key).hasSize(threads)
          .containsOnlyOnce(new Change<>(CREATED, null))
          .filteredOn(change -> change.kind() == UNCHANGED)
          .hasSize(threads - 1)
          .allSatisfy(change -> assertThat(change.previous()).isEqualTo(winner));
    }
  }

  /** Returns an expiry giving created entries {@code millis} to live and keeping deadlines. */
  protected static CountingExpiry ttl(long millis) {
    return CountingExpiry.of(millis, Expiry.UNCHANGED, Expiry.UNCHANGED);
  }

  /** Waits, up to {@link #reportTimeout()}, until the listener has heard what it should. */
  protected void awaitReport(ThrowingRunnable assertion) {
    await().atMost(reportTimeout()).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
        .untilAsserted(assertion);
  }

  /** Returns the store's keys, drained from its iterator. */
  protected List<String> keys() {
    List<String> keys = new ArrayList<>();
    store.keys().forEachRemaining(keys::add);
    return keys;
  }

  private boolean increment(String key) {
    Snapshot<String> seen = store.snapshot(key);
    int next = seen.isPresent() ? Integer.parseInt(seen.value()) + 1 : 1;
    return store.commit(key, seen, seen.isPresent() ? UPDATED : CREATED,
        String.valueOf(next), Expiry.eternal()) != null;
  }
}
