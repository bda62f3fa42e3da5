package io.tiercel.jcache.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.tiercel.jcache.config.TiercelConfiguration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.cache.Cache;
import javax.cache.processor.EntryProcessorException;
import javax.cache.processor.EntryProcessorResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Store-by-value isolates the cache from callers' objects; store-by-reference shares them. */
class TiercelCacheStoreByValueTest {
  private final CacheFixture fixture = new CacheFixture();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @Test
  void put_valueMutatedAfterwards_cacheKeepsOriginal() {
    Cache<String, Counter> cache = fixture.create();
    Counter counter = new Counter(1);

    cache.put("k", counter);
    counter.count = 99;

    assertThat(cache.get("k").count).isEqualTo(1);
  }

  @Test
  void get_returnedValueMutated_cacheKeepsOriginal() {
    Cache<String, Counter> cache = fixture.create();
    cache.put("k", new Counter(1));

    cache.get("k").count = 99;
    cache.getAll(Set.of("k")).get("k").count = 98;
    cache.iterator().next().getValue().count = 97;

    assertThat(cache.get("k").count).isEqualTo(1);
    assertThat(cache.get("k")).isNotSameAs(cache.get("k"));
  }

  @Test
  void put_keyMutatedAfterwards_entryStillFoundByOriginalKey() {
    Cache<List<String>, String> cache = fixture.create();
    List<String> key = new ArrayList<>(List.of("a"));

    cache.put(key, "v");
    key.add("b");

    assertThat(cache.get(List.of("a"))).isEqualTo("v");
    assertThat(cache.get(key)).isNull();
  }

  @Test
  void invoke_valueMutatedWithoutSetValue_cacheKeepsOriginal() {
    Cache<String, Counter> cache = fixture.create();
    cache.put("k", new Counter(1));

    cache.invoke("k", (entry, arguments) -> {
      entry.getValue().count = 99;
      return null;
    });

    assertThat(cache.get("k").count).isEqualTo(1);
  }

  @Test
  void get_storeByReference_returnsTheSameInstance() {
    TiercelConfiguration<String, Counter> configuration = fixture.configuration();
    configuration.setStoreByValue(false);
    Cache<String, Counter> cache = fixture.create(configuration);
    Counter counter = new Counter(1);

    cache.put("k", counter);
    counter.count = 2;

    assertThat(cache.get("k")).isSameAs(counter);
    assertThat(cache.getAll(Set.of("k"))).containsEntry("k", counter);
  }

  @Test
  void get_immutableValuesByValue_returnsTheSameInstance() {
    Cache<String, Object> cache = fixture.create();
    String text = new String("text");
    Point point = new Point(1, 2, "origin");
    Segment segment = new Segment(point, new Point(3, 4, "end"));

    cache.putAll(Map.of("text", text, "point", point, "segment", segment));

    assertThat(cache.get("text")).isSameAs(text);
    assertThat(cache.get("point")).isSameAs(point);
    assertThat(cache.get("segment")).isSameAs(segment);
  }

  @Test
  void put_recordWithMutableComponent_isCopied() {
    Cache<String, Tags> cache = fixture.create();
    Tags tags = new Tags(new ArrayList<>(List.of("a")));

    cache.put("k", tags);
    tags.values().add("b");

    assertThat(cache.get("k")).isNotSameAs(tags).isEqualTo(new Tags(List.of("a")));
  }

  @Test
  void get_selfReferencingRecordByValue_returnsTheSameInstance() {
    Cache<String, Node> cache = fixture.create();
    Node list = new Node(1, new Node(2, new Node(3, null)));

    cache.put("k", list);

    assertThat(cache.get("k")).isSameAs(list);
  }

  @Test
  void put_selfReferencingRecordWithMutableComponent_isCopied() {
    Cache<String, Branch> cache = fixture.create();
    Branch branch = new Branch(new ArrayList<>(List.of("leaf")), new Branch(List.of(), null));

    cache.put("k", branch);
    branch.tags().add("mutated");

    assertThat(cache.get("k")).isNotSameAs(branch)
        .isEqualTo(new Branch(List.of("leaf"), new Branch(List.of(), null)));
  }

  @Test
  void invokeAll_processorSetsUnserializableValueOnOneKey_otherKeysAreProcessed() {
    Cache<String, Object> cache = fixture.create();
    Set<String> keys = new LinkedHashSet<>(List.of("a", "bad", "c"));
    keys.forEach(key -> cache.put(key, 1));

    Map<String, EntryProcessorResult<String>> results =
        cache.invokeAll(keys, (entry, arguments) -> {
          entry.setValue(entry.getKey().equals("bad") ? new Object() : 2);
          return "done " + entry.getKey();
        });

    assertThatExceptionOfType(EntryProcessorException.class)
        .isThrownBy(() -> results.get("bad").get())
        .withRootCauseInstanceOf(IllegalArgumentException.class);
    assertThat(results.get("a").get()).isEqualTo("done a");
    assertThat(results.get("c").get()).isEqualTo("done c");
    assertThat(cache.getAll(keys)).isEqualTo(Map.of("a", 2, "bad", 1, "c", 2));
  }

  /** A mutable, serializable value. */
  static final class Counter implements Serializable {
    private static final long serialVersionUID = 1L;
    int count;

    Counter(int count) {
      this.count = count;
    }
  }

  /** An immutable record, deliberately not serializable: by-value never needs to copy it. */
  record Point(int x, int y, String label) {}

  /** A record of records of immutables. */
  record Segment(Point from, Point to) {}

  /** A record holding a mutable list. */
  record Tags(List<String> values) implements Serializable {}

  /** A linked list of immutables whose type refers to itself; not serializable. */
  record Node(int value, Node next) {}

  /** A record that refers to itself and holds a mutable list. */
  record Branch(List<String> tags, Branch parent) implements Serializable {}
}
