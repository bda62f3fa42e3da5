package io.tiercel.jcache.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.tiercel.jcache.config.TiercelConfiguration;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.cache.Cache;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad arguments and closed caches fail fast with messages that name the culprit. */
class TiercelCacheArgumentsTest {
  private final CacheFixture fixture = new CacheFixture();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @Test
  void keyedMethods_nullKey_throwNpeNamingTheKey() {
    Cache<String, String> cache = fixture.create();

    for (ThrowingCallable call : new ThrowingCallable[] {
        () -> cache.get(null), () -> cache.put(null, "v"), () -> cache.containsKey(null),
        () -> cache.remove(null), () -> cache.putIfAbsent(null, "v"),
        () -> cache.replace(null, "v"), () -> cache.getAndRemove(null),
        () -> cache.invoke(null, (entry, arguments) -> null),
        () -> cache.getAll(Collections.singleton(null))}) {
      assertThatNullPointerException().isThrownBy(call).withMessageContaining("key");
    }
  }

  @Test
  void writes_nullValue_throwNpeNamingTheValue() {
    Cache<String, String> cache = fixture.create();
    Map<String, String> withNull = new HashMap<>();
    withNull.put("k", null);

    for (ThrowingCallable call : new ThrowingCallable[] {
        () -> cache.put("k", null), () -> cache.getAndPut("k", null),
        () -> cache.putIfAbsent("k", null), () -> cache.replace("k", null),
        () -> cache.replace("k", "v", null), () -> cache.putAll(withNull)}) {
      assertThatNullPointerException().isThrownBy(call).withMessageContaining("value");
    }
    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void put_nonSerializableValueByValue_throwsIaeNamingClassAndFixes() {
    Cache<String, Object> cache = fixture.create();
    cache.put("k", "old");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> cache.put("k", new Opaque()))
        .withMessageContaining(Opaque.class.getName())
        .withMessageContaining("Serializable")
        .withMessageContaining("storeByValue=false");
    assertThatIllegalArgumentException().isThrownBy(() -> cache.put("j", new Opaque()));

    assertThat(cache.get("k")).isEqualTo("old");
    assertThat(cache.containsKey("j")).isFalse();
  }

  @Test
  void put_serializableValueWithNonSerializableField_throwsIaeNamingTheField() {
    Cache<String, Object> cache = fixture.create();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> cache.put("k", new Wrapper(new Opaque())))
        .withMessageContaining(Opaque.class.getName());
    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void put_nonSerializableValueByReference_isStored() {
    TiercelConfiguration<String, Object> configuration = fixture.configuration();
    configuration.setStoreByValue(false);
    Cache<String, Object> cache = fixture.create(configuration);
    Opaque value = new Opaque();

    cache.put("k", value);

    assertThat(cache.get("k")).isSameAs(value);
  }

  @Test
  void put_nonSerializableValueWithWriter_neverReachesTheWriter() {
    RecordingWriter<String, Object> writer = new RecordingWriter<>();
    TiercelConfiguration<String, Object> configuration = fixture.configuration();
    configuration.setWriteThrough(true);
    configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    Cache<String, Object> cache = fixture.create(configuration);

    assertThatIllegalArgumentException().isThrownBy(() -> cache.put("k", new Opaque()));
    assertThatIllegalArgumentException().isThrownBy(() -> cache.putIfAbsent("j", new Opaque()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> cache.putAll(Map.of("m", new Opaque())));

    assertThat(writer.written()).isEmpty();
    assertThat(cache.iterator().hasNext()).isFalse();
  }

  @Test
  void closedCache_operations_throwIllegalStateNamingTheCache() {
    Cache<String, String> cache = fixture.create();
    cache.put("k", "v");

    cache.close();

    assertThat(cache.isClosed()).isTrue();
    for (ThrowingCallable call : new ThrowingCallable[] {
        () -> cache.get("k"), () -> cache.put("k", "v"), () -> cache.remove("k"),
        () -> cache.getAll(Set.of("k")), () -> cache.iterator(), () -> cache.clear(),
        () -> cache.invoke("k", (entry, arguments) -> null)}) {
      assertThatIllegalStateException().isThrownBy(call).withMessageContaining(cache.getName());
    }
  }

  @Test
  void closedManager_itsCaches_throwIllegalState() {
    Cache<String, String> cache = fixture.create();

    fixture.manager().close();

    assertThat(cache.isClosed()).isTrue();
    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> cache.get("k"));
  }

  /** A value that cannot be serialized. */
  static final class Opaque {
    final Object state = new Object();
  }

  /** A serializable value holding one that is not. */
  record Wrapper(Object inner) implements Serializable {}
}
