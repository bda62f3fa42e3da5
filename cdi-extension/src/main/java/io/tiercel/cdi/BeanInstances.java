package io.tiercel.cdi;

import io.tiercel.cdi.invocation.Instances;
import io.tiercel.cdi.invocation.Instantiation;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Supplies key generators and resolver factories from the container: the bean of the class when
 * there is exactly one, else a new instance through its no-argument constructor.
 *
 * <ul>
 *   <li>One instance per class, shared by every method that names it.</li>
 *   <li>{@code @Dependent} bean instances are destroyed on {@link #close()}.</li>
 * </ul>
 */
final class BeanInstances implements Instances {
  private final Instance<Object> lookup;
  private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();
  private final Queue<Instance.Handle<?>> dependents = new ConcurrentLinkedQueue<>();

  BeanInstances(Instance<Object> lookup) {
    this.lookup = lookup;
  }

  /**
   * Returns the one instance of {@code type}; not with {@code computeIfAbsent}, because a bean's
   * creation may call an annotated method that needs another instance.
   */
  @Override
  public <T> T get(Class<T> type) {
    Object known = instances.get(type);
    if (known == null) {
      Object created = create(type);
      known = instances.putIfAbsent(type, created);
      if (known == null) {
        known = created;
      }
    }
    return type.cast(known);
  }

  private Object create(Class<?> type) {
    Instance<?> candidates = lookup.select(type);
    if (!candidates.isResolvable()) {
      return Instantiation.create(type);
    }
    Instance.Handle<?> handle = candidates.getHandle();
    if (handle.getBean().getScope() == Dependent.class) {
      dependents.add(handle);
    }
    return handle.get();
  }

  @Override
  public void close() {
    instances.clear();
    for (Instance.Handle<?> handle = dependents.poll(); handle != null;
        handle = dependents.poll()) {
      handle.destroy();
    }
  }
}
