/**
 * The Store SPI: the small set of atomic primitives the JCache façade is built on.
 *
 * <p>A store knows nothing of JCache rules (events, statistics, loaders, writers); it only keeps
 * entries with deadlines and answers atomically. Every implementation passes the same conformance
 * suite.
 */
package io.tiercel.jcache.store;
