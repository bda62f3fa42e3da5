/**
 * Tiercel's configuration: the YAML file with its presets, named caches and overrides, read and
 * checked by {@link io.tiercel.jcache.config.ConfigLoader}; and the JCache settings plus how the
 * local tier is bounded.
 */
package io.tiercel.jcache.config;
