package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Loads configurations for tests from YAML text written to a {@code tiercel.yaml} of its own,
 * or from the fixtures under {@code config/}, with overrides passed in (the JVM's own
 * environment and system properties are never read nor changed).
 */
final class ConfigFixture {
  static final URI DEFAULT_URI = URI.create("urn:X-tiercel:default");

  private ConfigFixture() {}

  /** Returns the configuration {@code yaml} describes, with no overrides. */
  static ManagerConfig load(String yaml) {
    return load(yaml, Map.of());
  }

  /** Returns the configuration {@code yaml} describes, with these environment variables. */
  static ManagerConfig load(String yaml, Map<String, String> environment) {
    return load(yaml, new Properties(), new Properties(), environment);
  }

  /** Returns the configuration {@code yaml} describes, with the overrides given. */
  static ManagerConfig load(String yaml, Properties manager, Properties system,
      Map<String, String> environment) {
    return ConfigLoader.load(write(yaml), ConfigFixture.class.getClassLoader(), manager, system,
        environment);
  }

  /** Returns the configuration of the fixture {@code config/<name>}. */
  static ManagerConfig resource(String name) {
    return ConfigLoader.load(URI.create("classpath:config/" + name),
        ConfigFixture.class.getClassLoader(), new Properties(), new Properties(), Map.of());
  }

  /** Returns the configuration with no file at all, with the overrides given. */
  static ManagerConfig noFile(Properties manager, Properties system,
      Map<String, String> environment) {
    return ConfigLoader.load(DEFAULT_URI, ConfigFixture.class.getClassLoader(), manager, system,
        environment);
  }

  /** Returns the message of the exception loading {@code yaml} fails with. */
  static String failure(String yaml) {
    return failure(yaml, Map.of());
  }

  /**
   * Returns the message of the exception loading {@code yaml} fails with, the file named
   * {@code tiercel.yaml} as if it were in the working directory.
   */
  static String failure(String yaml, Map<String, String> environment) {
    URI file = write(yaml);
    String directory = Path.of(file).getParent() + File.separator;
    return failure(() -> ConfigLoader.load(file, ConfigFixture.class.getClassLoader(),
        new Properties(), new Properties(), environment)).replace(directory, "");
  }

  /** Returns the message of the {@link ConfigurationException} {@code loading} throws. */
  static String failure(Runnable loading) {
    String[] message = new String[1];
    assertThatThrownBy(loading::run)
        .isInstanceOf(ConfigurationException.class)
        .satisfies(e -> message[0] = e.getMessage());
    return message[0];
  }

  /** Returns properties holding the {@code name, value} pairs. */
  static Properties props(String... pairs) {
    Properties properties = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  /** Writes {@code yaml} as {@code tiercel.yaml} in a new directory and returns its URI. */
  static URI write(String yaml) {
    try {
      Path directory = Files.createTempDirectory("tiercel-config");
      Path file = directory.resolve("tiercel.yaml");
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      file.toFile().deleteOnExit();
      directory.toFile().deleteOnExit();
      return file.toUri();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
