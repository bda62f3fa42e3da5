/**
 * The CDI example: a price service cached with {@code @CacheResult}, {@code @CachePut} and
 * {@code @CacheRemove}, run in a CDI SE container (Weld).
 */
package io.tiercel.examples.cdi;
