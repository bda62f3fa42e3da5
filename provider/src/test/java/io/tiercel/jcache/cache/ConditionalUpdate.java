package io.tiercel.jcache.cache;

import javax.cache.Cache;

/** The ways to change a live entry that decide on its current value, for tests to run each. */
enum ConditionalUpdate {
  REPLACE {
    @Override
    void apply(Cache<String, String> cache, String key, String oldValue, String newValue) {
      cache.replace(key, newValue);
    }
  },
  REPLACE_IF_EQUAL {
    @Override
    void apply(Cache<String, String> cache, String key, String oldValue, String newValue) {
      cache.replace(key, oldValue, newValue);
    }
  },
  GET_AND_REPLACE {
    @Override
    void apply(Cache<String, String> cache, String key, String oldValue, String newValue) {
      cache.getAndReplace(key, newValue);
    }
  },
  INVOKE_SET_VALUE {
    @Override
    void apply(Cache<String, String> cache, String key, String oldValue, String newValue) {
      cache.invoke(key, (entry, arguments) -> {
        entry.setValue(newValue);
        return null;
      });
    }
  };

  /** Changes {@code key}, which holds {@code oldValue}, to {@code newValue}. */
  abstract void apply(Cache<String, String> cache, String key, String oldValue, String newValue);
}
