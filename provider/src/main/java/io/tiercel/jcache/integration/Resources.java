package io.tiercel.jcache.integration;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Closes the application objects a cache created from factories. */
public final class Resources {
  private static final Logger LOG = System.getLogger(Resources.class.getName());

  private Resources() {}

  /** Closes {@code resource} if it is {@link AutoCloseable}, logging a failure. */
  public static void closeQuietly(Object resource) {
    if (resource instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "Failed to close " + resource.getClass().getName(), e);
      }
    }
  }
}
