package io.tiercel.jcache.config;

import com.github.benmanes.caffeine.cache.Weigher;
import java.io.Serializable;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.cache.Cache;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryEventFilter;
import javax.cache.integration.CacheLoader;
import javax.cache.integration.CacheWriter;

/** Classes the test configurations name: one of each kind the file may name, and misfits. */
final class TestTypes {
  private TestTypes() {}

  /** A value type. */
  record User(String name) {}

  /** A value type JSON writes and reads back. */
  public record Point(int x, int y) {}

  /** A value type Java serialization cannot write. */
  static final class Opaque {
    private Opaque() {}
  }

  /** A serializable value type that is not a record. */
  static final class Profile implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A loader. */
  public static final class UserLoader implements CacheLoader<String, String> {
    @Override
    public String load(String key) {
      return "user " + key;
    }

    @Override
    public Map<String, String> loadAll(Iterable<? extends String> keys) {
      return Map.of();
    }
  }

  /** A writer. */
  public static final class AuditWriter implements CacheWriter<Object, Object> {
    @Override
    public void write(Cache.Entry<?, ?> entry) {}

    @Override
    public void writeAll(java.util.Collection<Cache.Entry<?, ?>> entries) {}

    @Override
    public void delete(Object key) {}

    @Override
    public void deleteAll(java.util.Collection<?> keys) {}
  }

  /** A listener. */
  public static final class AuditListener implements CacheEntryCreatedListener<Object, Object> {
    @Override
    public void onCreated(Iterable<CacheEntryEvent<?, ?>> events) {}
  }

  /** A listener that remembers the keys of the entries it hears created, for tests to read. */
  public static final class CreatedKeys implements CacheEntryCreatedListener<Object, Object> {
    static final Queue<Object> HEARD = new ConcurrentLinkedQueue<>();

    @Override
    public void onCreated(Iterable<CacheEntryEvent<?, ?>> events) {
      events.forEach(event -> HEARD.add(event.getKey()));
    }
  }

  /** A listener filter. */
  public static final class EveryEvent implements CacheEntryEventFilter<Object, Object> {
    @Override
    public boolean evaluate(CacheEntryEvent<?, ?> event) {
      return true;
    }
  }

  /** A weigher. */
  public static final class LengthWeigher implements Weigher<Object, Object> {
    @Override
    public int weigh(Object key, Object value) {
      return String.valueOf(value).length();
    }
  }

  /** A loader Tiercel cannot create: it is abstract. */
  public abstract static class AbstractLoader implements CacheLoader<String, String> {
    @Override
    public String load(String key) {
      return key;
    }

    @Override
    public Map<String, String> loadAll(Iterable<? extends String> keys) {
      return Map.of();
    }
  }

  /** A loader Tiercel cannot create: its only constructor takes a parameter. */
  public static final class NeedsArgument extends AbstractLoader {
    public NeedsArgument(String argument) {}
  }

  /** A loader whose constructor fails. */
  public static final class FailingLoader extends AbstractLoader {
    public FailingLoader() {
      throw new IllegalStateException("no database");
    }
  }
}
