/** Tiercel's cache configuration: the JCache settings plus how the local tier is bounded. */
package io.tiercel.jcache.config;
