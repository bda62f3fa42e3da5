package io.tiercel.jcache.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets keys of the configuration from outside the file, each layer over the one before.
 *
 * <ol>
 *   <li>Environment variables: {@code REDIS_URL}, {@code REDIS_HOST}, {@code REDIS_PORT},
 *       {@code REDIS_PASSWORD}, {@code REDIS_DB}, then {@code TIERCEL_<KEY>} for any key:
 *       the dotted key in upper case with {@code .} and {@code -} written {@code _}
 *       ({@code redis.pool-size} is {@code TIERCEL_REDIS_POOL_SIZE}, and a cache or preset name
 *       the same way: {@code TIERCEL_CACHES_USERS_EXPIRY_DURATION}). Names reach only caches and
 *       presets the file or the built-in presets name.</li>
 *   <li>System properties {@code tiercel.<dotted key>}
 *       ({@code tiercel.caches.users.expiry.duration}; a name may hold dots).</li>
 *   <li>The cache manager's properties, the same way.</li>
 *   <li>A {@code redis://} or {@code rediss://} cache manager URI, as {@code redis.url}.</li>
 * </ol>
 * Setting {@code redis.url} drops the host, port, database, user, password and TLS set below
 * it (the URL names them all). An empty value sets nothing. Only names under a key the file
 * has at its top ({@code tiercel.redis...}, {@code TIERCEL_MODE}) are configuration; there an
 * unknown key is a problem, other {@code tiercel.*} names (such as a test harness's) are left
 * alone. Lists are written comma-separated; {@code listeners} can only be set in the file.
 * {@code REDIS_PORT} may also be {@code tcp://host:port}, as Docker links and Kubernetes set it.
 */
final class Overrides {
  private static final Map<String, String> REDIS_VARIABLES = linked(
      "REDIS_URL", "redis.url", "REDIS_HOST", "redis.host", "REDIS_PORT", "redis.port",
      "REDIS_PASSWORD", "redis.password", "REDIS_DB", "redis.database");
  private static final Pattern SERVICE_PORT = Pattern.compile("tcp://.*:(\\d+)");

  private final Problems problems;

  Overrides(Problems problems) {
    this.problems = problems;
  }

  /** The places overrides are read from; none is ever changed. */
  record Sources(URI managerUri, Properties managerProperties, Properties system,
      Map<String, String> environment) {}

  /** One key to set: its path of keys and names, and the value. */
  private record Override(List<String> path, Node.Scalar value) {}

  /** Returns {@code tree} with every override applied; {@code presets} are built-in names. */
  Node.Mapping apply(Node.Mapping tree, Sources sources, Set<String> presets) {
    Node.Mapping result = tree;
    result = layer(result, environment(sources.environment(), tree, presets));
    result = layer(result, properties(sources.system(), "system property "));
    result = layer(result, properties(sources.managerProperties(), "cache manager property "));
    URI uri = sources.managerUri();
    if (uri != null && ("redis".equalsIgnoreCase(uri.getScheme())
        || "rediss".equalsIgnoreCase(uri.getScheme()))) {
      result = layer(result, List.of(new Override(List.of("redis", "url"),
          new Node.Scalar(uri.toString(), Origin.of("the cache manager URI")))));
    }
    return result;
  }

  /** Sets one layer's keys, those that drop others (a URL) first. */
  private static Node.Mapping layer(Node.Mapping tree, List<Override> overrides) {
    List<Override> ordered = new ArrayList<>(overrides);
    ordered.sort(Comparator.comparing(override -> replaced(override.path()).isEmpty()));
    Node.Mapping result = tree;
    for (Override override : ordered) {
      result = result.with(override.path(), override.value(), replaced(override.path()));
    }
    return result;
  }

  /** Returns the keys beside the leaf at {@code path} that setting it drops. */
  private static List<String> replaced(List<String> path) {
    Schema.Group group = Schema.ROOT;
    for (int i = 0; i < path.size() - 1; i++) {
      Schema.Shape shape = group.keys().get(path.get(i));
      if (shape instanceof Schema.Named named) {
        group = named.entry();
        i++;
      } else {
        group = (Schema.Group) shape;
      }
    }
    return group.replacedBy(path.get(path.size() - 1));
  }

  private List<Override> properties(Properties properties, String label) {
    List<Override> overrides = new ArrayList<>();
    for (String name : new TreeSet<>(properties.stringPropertyNames())) {
      String value = properties.getProperty(name);
      String[] parts = OverrideNames.propertyParts(name);
      if (parts == null || value.isBlank()) {
        continue;
      }
      Origin origin = Origin.of(label + name);
      List<String> path = OverrideNames.pathOf(parts, 0, Schema.ROOT);
      if (path == null) {
        problems.add(origin, "", "no such key" + Suggestions.didYouMean(name,
            OverrideNames.properties(), "; write tiercel. and a dotted key of the file, such as"
                + " tiercel.redis.pool-size"));
      } else {
        overrides.add(new Override(path, new Node.Scalar(value, origin)));
      }
    }
    return overrides;
  }

  private List<Override> environment(Map<String, String> environment, Node.Mapping tree,
      Set<String> presets) {
    List<Override> overrides = new ArrayList<>();
    REDIS_VARIABLES.forEach((variable, key) -> {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        Matcher service = SERVICE_PORT.matcher(value.trim());
        String text = variable.equals("REDIS_PORT") && service.matches() ? service.group(1)
            : value;
        overrides.add(new Override(List.of(key.split("\\.")),
            new Node.Scalar(text, Origin.of("environment variable " + variable))));
      }
    });
    Map<String, List<String>> known = OverrideNames.variables(tree, presets);
    for (String variable : new TreeSet<>(environment.keySet())) {
      String value = environment.get(variable);
      if (value == null || value.isBlank() || !OverrideNames.isConfiguration(variable)) {
        continue;
      }
      Origin origin = Origin.of("environment variable " + variable);
      List<String> path = known.get(variable);
      if (path == null && OverrideNames.isEntryOfUnknownName(variable)) {
        problems.add(origin, "", "names no cache or preset of the file; variables reach only"
            + " the caches and presets the file names (and the built-in presets): name it in"
            + " the file, or use the system property tiercel.caches.<name>.<key>");
      } else if (path == null) {
        problems.add(origin, "", "no such key" + Suggestions.didYouMean(variable, known.keySet(),
            "; write TIERCEL_ and a key of the file in upper case with '_' for '.' and '-',"
                + " such as TIERCEL_REDIS_POOL_SIZE"));
      } else if (path.isEmpty()) {
        problems.add(origin, "", "names more than one key (cache or preset names that differ"
            + " only in punctuation); use the system property tiercel.<key>");
      } else {
        overrides.add(new Override(path, new Node.Scalar(value, origin)));
      }
    }
    return overrides;
  }

  private static Map<String, String> linked(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
