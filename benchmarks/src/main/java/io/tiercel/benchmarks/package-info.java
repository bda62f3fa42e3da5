/**
 * JMH benchmarks of Tiercel beside raw Jedis on one Redis, the invalidation delay between two
 * cache managers' near caches, and the command that runs them all and prints the ratios.
 */
package io.tiercel.benchmarks;
