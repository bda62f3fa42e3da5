/**
 * Test fixtures shared by the provider's tests and the other modules' (through the test jar): a
 * fake clock, a thread starter and a real Redis server.
 */
package io.tiercel.jcache.testing;
