package io.tiercel.jcache.config;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The text of a configuration file and the name messages give it, found where a cache manager
 * looks for it.
 *
 * <ol>
 *   <li>The file the cache manager's URI names: {@code classpath:config/tiercel.yaml} (a
 *       resource of its class loader), a {@code file:} URI, a path without a scheme ending in
 *       {@code .yaml} or {@code .yml}, or a jar entry ending so
 *       ({@code jar:file:/app.jar!/tiercel.yaml}). A file the URI names must exist; other URIs
 *       ending in {@code .yaml} are refused.</li>
 *   <li>Else {@code tiercel.yaml} at the root of the class path (the first one, so a test's own
 *       shadows the application's).</li>
 *   <li>Else none: the built-in defaults. Other URIs ({@code urn:X-tiercel:default},
 *       {@code redis://...}) name no file.</li>
 * </ol>
 *
 * @param name the file as messages name it: its path, or its class path URI
 *     ({@code classpath:tiercel.yaml})
 * @param text the file's content, UTF-8
 */
record ConfigText(String name, String text) {
  /** The file found on the class path when the URI names none. */
  static final String DEFAULT_RESOURCE = "tiercel.yaml";

  /**
   * Returns the file the manager of {@code uri} is configured by, or null for none.
   *
   * @throws ConfigurationException if the URI names a file that is missing or unreadable
   */
  static ConfigText find(URI uri, ClassLoader loader) {
    String scheme = uri == null ? null : uri.getScheme();
    if ("classpath".equalsIgnoreCase(scheme)) {
      String path = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
      URL resource = loader.getResource(path);
      if (resource == null) {
        throw missing(uri.toString(), "the cache manager's class loader finds no resource "
            + path);
      }
      return read(uri.toString(), resource);
    }
    if ("file".equalsIgnoreCase(scheme)) {
      Path file = uri.isOpaque() ? Path.of(uri.getSchemeSpecificPart()) : Path.of(uri);
      return read(file.toString(), file);
    }
    String path = uri == null ? null : uri.getPath();
    if (scheme == null && path != null && isYaml(path)) {
      return read(path, Path.of(path));
    }
    if (scheme != null && isYaml(uri.getSchemeSpecificPart())) {
      // A resource inside a jar (jar:file:/app.jar!/tiercel.yaml), as frameworks pass the URL
      // of a class path resource.
      return read(uri.toString(), jarEntry(uri));
    }
    URL resource = loader.getResource(DEFAULT_RESOURCE);
    return resource == null ? null : read("classpath:" + DEFAULT_RESOURCE, resource);
  }

  private static URL jarEntry(URI uri) {
    if ("jar".equalsIgnoreCase(uri.getScheme())) {
      try {
        return uri.toURL();
      } catch (MalformedURLException | IllegalArgumentException e) {
        // Falls through to the message below.
      }
    }
    throw missing(uri.toString(), "Tiercel reads configuration files from classpath:, file:,"
        + " jar: URIs and paths only");
  }

  private static boolean isYaml(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private static ConfigText read(String name, Path path) {
    try {
      return new ConfigText(name, decode(name, Files.readAllBytes(path)));
    } catch (NoSuchFileException e) {
      throw missing(name, "there is no file " + path.toAbsolutePath());
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static ConfigText read(String name, URL resource) {
    try (InputStream in = resource.openStream()) {
      return new ConfigText(name, decode(name, in.readAllBytes()));
    } catch (FileNotFoundException | NoSuchFileException e) {
      throw missing(name, "there is no such file or jar entry");
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  private static String decode(String name, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(List.of(name + ": is not UTF-8 text; save it as UTF-8"));
    }
  }

  private static ConfigurationException missing(String name, String why) {
    return new ConfigurationException(List.of(name + ": the cache manager URI names this"
        + " configuration file, but " + why));
  }

  private static ConfigurationException unreadable(String name, IOException e) {
    return new ConfigurationException(List.of(name + ": cannot be read: " + e));
  }
}
