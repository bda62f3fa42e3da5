package io.tiercel.jcache.config;

import java.util.List;

/**
 * What a cache calls besides its store: its loader, writer and listeners, as named in the file.
 *
 * @param loader the {@code CacheLoader} class, or null
 * @param readThrough whether misses are loaded through the loader (by default, when there is one)
 * @param writer the {@code CacheWriter} class, or null
 * @param writeThrough whether writes go through the writer (by default, when there is one)
 * @param listeners the entry listeners, in the order written
 */
public record IntegrationSettings(Class<?> loader, boolean readThrough, Class<?> writer,
    boolean writeThrough, List<ListenerSettings> listeners) {

  public IntegrationSettings {
    listeners = List.copyOf(listeners);
    if (readThrough && loader == null) {
      throw new IllegalArgumentException("Read-through needs a loader");
    }
    if (writeThrough && writer == null) {
      throw new IllegalArgumentException("Write-through needs a writer");
    }
  }

  /** Sets the loader, writer and listeners on {@code configuration}; {@code path} names them. */
  <K, V> void applyTo(TiercelConfiguration<K, V> configuration, String path) {
    if (loader != null) {
      configuration.setCacheLoaderFactory(InstanceFactory.of(loader, path + ".loader"));
    }
    configuration.setReadThrough(readThrough);
    if (writer != null) {
      configuration.setCacheWriterFactory(InstanceFactory.of(writer, path + ".writer"));
    }
    configuration.setWriteThrough(writeThrough);
    for (ListenerSettings listener : listeners) {
      configuration.addCacheEntryListenerConfiguration(
          listener.<K, V>toConfiguration(path + ".listeners"));
    }
  }
}
