package io.tiercel.jcache.config;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads class names of the file with the cache manager's class loader, so a missing class or
 * one of the wrong kind fails at start, not at the first use of the cache.
 *
 * <ul>
 *   <li>Types ({@code key-type}, {@code value-type}): a class name; names without a package are
 *       looked up in {@code java.lang} ({@code String}, {@code Long}); {@code byte[]} and other
 *       arrays are written with {@code []}.</li>
 *   <li>Implementations (loader, writer, listeners, filters, weigher): a concrete class of the
 *       required kind with a public constructor without parameters.</li>
 * </ul>
 */
final class ClassNames {
  private ClassNames() {}

  /** The kind of a type name. */
  static Kind type() {
    return Kind.plain((text, loader) -> load(text.trim(), loader));
  }

  /** The kind of a class that implements one of {@code required}. */
  static Kind implementing(Class<?>... required) {
    return Kind.plain((text, loader) -> {
      Class<?> type = load(text.trim(), loader);
      if (Arrays.stream(required).noneMatch(kind -> kind.isAssignableFrom(type))) {
        throw new IllegalArgumentException("is not a " + Arrays.stream(required)
            .map(Class::getName).collect(Collectors.joining(" or a ")));
      }
      if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
        throw new IllegalArgumentException("is abstract; name a class Tiercel can create");
      }
      try {
        if (!Modifier.isPublic(type.getConstructor().getModifiers())) {
          throw new NoSuchMethodException();
        }
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException("has no public constructor without parameters", e);
      }
      return type;
    });
  }

  /** Returns the class {@code name} names, as {@link #type()} reads it. */
  static Class<?> load(String name, ClassLoader loader) {
    if (name.endsWith("[]")) {
      String component = name.substring(0, name.length() - 2);
      Class<?> primitive = switch (component) {
        case "byte" -> byte.class;
        case "char" -> char.class;
        case "short" -> short.class;
        case "int" -> int.class;
        case "long" -> long.class;
        case "float" -> float.class;
        case "double" -> double.class;
        case "boolean" -> boolean.class;
        default -> null;
      };
      return (primitive != null ? primitive : load(component, loader)).arrayType();
    }
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      if (name.indexOf('.') < 0) {
        try {
          return Class.forName("java.lang." + name, false, loader);
        } catch (ClassNotFoundException | LinkageError ignored) {
          // Reported below, for the name as written.
        }
      }
      throw new IllegalArgumentException("is not a class the cache manager's class loader"
          + " finds", e);
    }
  }
}
