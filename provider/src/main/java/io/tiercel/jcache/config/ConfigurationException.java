package io.tiercel.jcache.config;

import java.util.List;
import javax.cache.CacheException;

/**
 * A configuration Tiercel cannot start with; the message names, for each problem, the file and
 * line (or the variable or property), the key, the bad value and what is allowed, and never a
 * password.
 */
public final class ConfigurationException extends CacheException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates the exception for {@code problems}, one message each, at least one. */
  public ConfigurationException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns each problem's message, in the order found. */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A configuration exception needs a problem");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems in the Tiercel configuration:\n- "
        + String.join("\n- ", problems);
  }
}
