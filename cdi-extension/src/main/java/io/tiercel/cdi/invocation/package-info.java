/**
 * What happens when a cache-annotated method is called, independent of any container.
 *
 * <ul>
 *   <li>{@link io.tiercel.cdi.invocation.CacheMethodReader} reads and checks a method's
 *       annotations once, into a {@link io.tiercel.cdi.invocation.CacheMethod};
 *       {@link io.tiercel.cdi.invocation.CacheMethods} keeps them per (bean class, method).</li>
 *   <li>{@link io.tiercel.cdi.invocation.CacheInvoker} runs a call: resolve the cache, build the
 *       key, read or change the cache, proceed, cache the result or the exception.</li>
 *   <li>A container adapter supplies the call ({@link io.tiercel.cdi.invocation.Invocation}) and
 *       the user's key generators and resolver factories
 *       ({@link io.tiercel.cdi.invocation.Instances}).</li>
 * </ul>
 */
package io.tiercel.cdi.invocation;
