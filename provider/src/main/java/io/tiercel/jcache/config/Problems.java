package io.tiercel.jcache.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The problems found in a configuration, gathered so that one start reports them all; a problem
 * inherited by many caches is reported once.
 */
final class Problems {
  private final Set<String> messages = new LinkedHashSet<>();

  /** Records that the value at {@code path}, from {@code origin}, has {@code problem}. */
  void add(Origin origin, String path, String problem) {
    messages.add(origin + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
  }

  /** Returns whether nothing was found. */
  boolean isEmpty() {
    return messages.isEmpty();
  }

  /**
   * Ends the stage that found problems.
   *
   * @throws ConfigurationException listing every problem, if any was found
   */
  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new ConfigurationException(new ArrayList<>(messages));
    }
  }
}
