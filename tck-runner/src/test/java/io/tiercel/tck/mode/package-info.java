/**
 * Runs the TCK against Redis: a launcher session listener starts the Redis server the TCK's
 * caches use, and a guard checks each TCK run is in the mode it claims.
 */
package io.tiercel.tck.mode;
