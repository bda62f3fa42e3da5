/** Read-through and write-through: calling the application's CacheLoader and CacheWriter. */
package io.tiercel.jcache.integration;
