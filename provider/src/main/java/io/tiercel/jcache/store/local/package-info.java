/** The Caffeine-only store: the embedded default, and the shape of the near cache. */
package io.tiercel.jcache.store.local;
