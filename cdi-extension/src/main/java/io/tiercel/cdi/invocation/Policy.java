package io.tiercel.cdi.invocation;

/**
 * How the calls of one annotated method use the cache, read from its annotations.
 *
 * @param skipGet {@code @CacheResult} only: always call the method, never answer from the cache
 * @param afterInvocation change the cache after the method returns rather than before
 *     ({@code @CachePut} and the removals)
 * @param exceptions the exceptions that are cached ({@code @CacheResult}), or that still let the
 *     cache change after the method failed (the others)
 * @param exceptionCacheName {@code @CacheResult} only: the cache of exceptions, or {@code null}
 * @param async the method returns a {@code CompletionStage}: act on its completion
 * @param singleFlight concurrent misses for one key share one call of the method
 */
public record Policy(boolean skipGet, boolean afterInvocation, ExceptionFilter exceptions,
    String exceptionCacheName, boolean async, boolean singleFlight) {}
