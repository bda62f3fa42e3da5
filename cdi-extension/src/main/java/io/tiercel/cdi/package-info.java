/**
 * The Jakarta CDI integration: the portable extension, the producers of {@code CacheManager}
 * and {@code Cache} beans, and the adapter that supplies beans to the container-neutral
 * invocation logic.
 *
 * <p>Adding the jar is the whole setup: the extension is found through
 * {@code META-INF/services}, and the interceptors are enabled by their priority.
 */
package io.tiercel.cdi;
