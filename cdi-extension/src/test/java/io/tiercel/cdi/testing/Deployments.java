package io.tiercel.cdi.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Builds the archives the container tests deploy: the given classes, the suite's cache manager
 * and call counter, and a {@code beans.xml}. The extension is not added: it must be found on the
 * class path, through its service file, as in an application.
 */
public final class Deployments {

  private Deployments() {}

  /** Returns an archive of {@code classes} with bean discovery mode {@code all}. */
  public static JavaArchive all(Class<?>... classes) {
    return archive("all", classes);
  }

  /** Returns an archive of {@code classes} with bean discovery mode {@code annotated}. */
  public static JavaArchive annotated(Class<?>... classes) {
    return archive("annotated", classes);
  }

  private static JavaArchive archive(String discoveryMode, Class<?>... classes) {
    return ShrinkWrap.create(JavaArchive.class)
        .addClasses(classes)
        .addClasses(TestCacheManagerProducer.class, TestCacheManagers.class, Calls.class)
        .addAsManifestResource(new StringAsset("<beans"
            + " xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
            + " bean-discovery-mode=\"" + discoveryMode + "\"/>"), "beans.xml");
  }
}
