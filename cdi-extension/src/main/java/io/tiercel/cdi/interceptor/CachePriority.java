package io.tiercel.cdi.interceptor;

import jakarta.interceptor.Interceptor;

/** The priority that enables the cache interceptors and places them among the others. */
public final class CachePriority {

  /**
   * The cache interceptors' priority, in the range for libraries that run before the
   * application's interceptors: interceptors with a lower priority (security, transactions) see
   * every call; the application's own ({@code APPLICATION} and above) only see the calls that
   * reach the method, not those answered from the cache.
   */
  public static final int VALUE = Interceptor.Priority.LIBRARY_BEFORE + 800;

  private CachePriority() {}
}
