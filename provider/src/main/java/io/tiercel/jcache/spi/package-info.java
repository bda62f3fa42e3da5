/** The JCache {@code CachingProvider} through which applications find Tiercel. */
package io.tiercel.jcache.spi;
