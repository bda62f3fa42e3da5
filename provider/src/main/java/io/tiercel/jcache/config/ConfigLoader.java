package io.tiercel.jcache.config;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Reads a cache manager's configuration: finds its file ({@link ConfigText}), reads it keeping
 * lines, resolves {@code ${...}} placeholders ({@link Placeholders}), applies environment
 * variables, system properties, the manager's properties and URI ({@link Overrides}), checks
 * every key ({@link Schema}) and resolves presets and caches.
 *
 * <p>A bad configuration fails here, at the cache manager's start, with a
 * {@link ConfigurationException} listing every problem found: file and line (or variable or
 * property), key, bad value, what is allowed, never a password.
 */
public final class ConfigLoader {
  private static final String NO_FILE = "built-in defaults";

  private ConfigLoader() {}

  /**
   * Returns the configuration of the cache manager of {@code managerUri}, with this JVM's system
   * properties and environment.
   *
   * @throws ConfigurationException if the configuration is bad
   */
  public static ManagerConfig load(URI managerUri, ClassLoader classLoader,
      Properties managerProperties) {
    return load(managerUri, classLoader, managerProperties, System.getProperties(),
        System.getenv());
  }

  /**
   * Returns the configuration of the cache manager of {@code managerUri} and
   * {@code classLoader} (null: the thread's context class loader), with the overrides given;
   * nothing given is changed.
   *
   * @throws ConfigurationException if the configuration is bad
   */
  public static ManagerConfig load(URI managerUri, ClassLoader classLoader,
      Properties managerProperties, Properties system, Map<String, String> environment) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(environment, "environment");
    ClassLoader loader = classLoader(classLoader);
    Properties properties = managerProperties == null ? new Properties() : managerProperties;
    Problems problems = new Problems();
    var validator = new Validator(loader, problems);
    Values builtIn = validator.check(YamlReader.read(BuiltInPresets.SOURCE, BuiltInPresets.YAML,
        problems));
    ConfigText file = ConfigText.find(managerUri, loader);
    Node.Mapping tree = file == null ? new Node.Mapping(Map.of(), Origin.of(NO_FILE))
        : new Placeholders(system, environment, problems)
            .resolve(YamlReader.read(file.name(), file.text(), problems));
    tree = new Overrides(problems).apply(tree,
        new Overrides.Sources(managerUri, properties, system, environment),
        builtIn.named("presets").keySet());
    Values root = validator.check(tree);
    return ManagerConfig.read(file == null ? NO_FILE : file.name(), root,
        new Templates(builtIn, root, problems), problems);
  }

  private static ClassLoader classLoader(ClassLoader given) {
    if (given != null) {
      return given;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ConfigLoader.class.getClassLoader();
  }
}
