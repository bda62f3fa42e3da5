package io.tiercel.cdi.invocation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Creates instances of the classes annotations name that are not beans, through their public
 * no-argument constructor.
 */
public final class Instantiation {

  private Instantiation() {}

  /**
   * Returns why {@code type} cannot be instantiated through a public no-argument constructor, or
   * {@code null} if it can.
   */
  public static String problem(Class<?> type) {
    if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      return "it is " + (type.isInterface() ? "an interface" : "abstract");
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      return "it is not public";
    }
    if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
      return "it is an inner class, which needs an enclosing instance";
    }
    try {
      Constructor<?> constructor = type.getConstructor();
      return Modifier.isPublic(constructor.getModifiers()) ? null : "its constructor is not public";
    } catch (NoSuchMethodException e) {
      return "it has no public no-argument constructor";
    }
  }

  /**
   * Returns a new instance of {@code type}.
   *
   * @throws IllegalStateException naming the class and the reason if it cannot be instantiated
   */
  public static <T> T create(Class<T> type) {
    String problem = problem(type);
    if (problem != null) {
      throw new IllegalStateException("Cannot instantiate " + type.getName() + ": " + problem
          + ", and it is not a bean");
    }
    try {
      return type.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("The constructor of " + type.getName() + " failed",
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot instantiate " + type.getName(), e);
    }
  }
}
