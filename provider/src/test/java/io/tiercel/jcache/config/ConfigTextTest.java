package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a cache manager's file is found: its URI, else tiercel.yaml, else the defaults. */
class ConfigTextTest {
  @TempDir
  Path directory;

  @Test
  void load_classpathUri_readsThatResource() {
    ManagerConfig config = load(URI.create("classpath:config/cluster.yaml"), loader());

    assertThat(config.source()).isEqualTo("classpath:config/cluster.yaml");
    assertThat(config.keyPrefix()).isEqualTo("orders");
  }

  @Test
  void load_classpathUriWithLeadingSlash_readsThatResource() {
    assertThat(load(URI.create("classpath:/config/cluster.yaml"), loader()).keyPrefix())
        .isEqualTo("orders");
  }

  @Test
  void load_fileUri_readsThatFileAndNamesItByPath() throws IOException {
    Path file = write("app.yml", "key-prefix: from-file\n");

    ManagerConfig config = load(file.toUri(), loader());

    assertThat(config.keyPrefix()).isEqualTo("from-file");
    assertThat(config.source()).isEqualTo(file.toString());
  }

  @Test
  void load_plainPathEndingInYaml_readsThatFile() throws IOException {
    Path file = write("plain.yaml", "key-prefix: plain\n");

    assertThat(load(URI.create(file.toString()), loader()).keyPrefix()).isEqualTo("plain");
  }

  @Test
  void load_uriNamingNoFile_readsTiercelYamlFromTheClassPath() throws IOException {
    write("tiercel.yaml", "key-prefix: on-the-class-path\n");

    try (var classLoader = new URLClassLoader(new URL[] {directory.toUri().toURL()},
        getClass().getClassLoader())) {
      ManagerConfig fromDefault = load(ConfigFixture.DEFAULT_URI, classLoader);
      ManagerConfig fromRedisUri = load(URI.create("redis://cache:6379"), classLoader);

      assertThat(fromDefault.source()).isEqualTo("classpath:tiercel.yaml");
      assertThat(fromDefault.keyPrefix()).isEqualTo("on-the-class-path");
      assertThat(fromRedisUri.keyPrefix()).isEqualTo("on-the-class-path");
    }
  }

  @Test
  void load_noFileAnywhere_isTheBuiltInDefaults() {
    assertThat(load(URI.create("redis://cache:6379"), loader()).source())
        .isEqualTo("built-in defaults");
  }

  @Test
  void load_missingClasspathResource_saysTheUriNamesIt() {
    assertThat(ConfigFixture.failure(() -> load(URI.create("classpath:config/nope.yaml"),
        loader()))).isEqualTo("classpath:config/nope.yaml: the cache manager URI names this"
            + " configuration file, but the cache manager's class loader finds no resource"
            + " config/nope.yaml");
  }

  @Test
  void load_missingFile_saysTheUriNamesIt() {
    Path missing = directory.resolve("nope.yaml");

    assertThat(ConfigFixture.failure(() -> load(missing.toUri(), loader())))
        .isEqualTo(missing + ": the cache manager URI names this configuration file, but there"
            + " is no file " + missing);
  }

  @Test
  void load_jarEntryUrl_readsThatEntry_asFrameworksPassClassPathResources() throws IOException {
    Path jar = directory.resolve("app.jar");
    try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("config/shop.yaml"));
      out.write("key-prefix: from-the-jar\n".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    URI entry = URI.create("jar:" + jar.toUri() + "!/config/shop.yaml");
    URI missing = URI.create("jar:" + jar.toUri() + "!/config/nope.yaml");

    assertThat(load(entry, loader()).keyPrefix()).isEqualTo("from-the-jar");
    assertThat(ConfigFixture.failure(() -> load(missing, loader()))).isEqualTo(missing
        + ": the cache manager URI names this configuration file, but there is no such file or"
        + " jar entry");
  }

  @Test
  void load_otherUriEndingInYaml_isRefusedSayingWhatIsRead() {
    assertThat(ConfigFixture.failure(() -> load(URI.create("urn:shop:tiercel.yaml"), loader())))
        .isEqualTo("urn:shop:tiercel.yaml: the cache manager URI names this configuration file,"
            + " but Tiercel reads configuration files from classpath:, file:, jar: URIs and paths"
            + " only");
  }

  @Test
  void load_nullClassLoader_usesTheThreadsContextLoader() {
    ManagerConfig config = load(URI.create("classpath:config/cluster.yaml"), null);

    assertThat(config.keyPrefix()).isEqualTo("orders");
  }

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(directory.resolve(name), yaml);
  }

  private ClassLoader loader() {
    return getClass().getClassLoader();
  }

  private static ManagerConfig load(URI uri, ClassLoader classLoader) {
    return ConfigLoader.load(uri, classLoader, new Properties(), new Properties(), Map.of());
  }
}
