/**
 * The four CDI interceptors, one per cache annotation; each only hands the call to
 * {@link io.tiercel.cdi.invocation.CacheInterception}.
 *
 * <ul>
 *   <li>The extension adds them, with their {@code @Interceptor} annotation: the classes carry
 *       none, so that a container scanning this jar cannot register them twice.</li>
 *   <li>Enabled for every bean archive by {@code @Priority}
 *       ({@link io.tiercel.cdi.interceptor.CachePriority}); no {@code beans.xml} lists them.</li>
 *   <li>Annotations are read from the intercepted bean's class, never from the container's
 *       subclass of it.</li>
 *   <li>CDI does not intercept a bean's calls to its own methods ({@code this.find(...)}), so
 *       such calls bypass the cache.</li>
 * </ul>
 */
package io.tiercel.cdi.interceptor;
