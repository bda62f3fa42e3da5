/**
 * Test support for the container tests: the archives they deploy, the one cache manager they
 * all use, and a counter of method calls.
 */
package io.tiercel.cdi.testing;
