package io.tiercel.tck.mode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tiercel.jcache.cache.TiercelCacheManager;
import java.util.Locale;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.junit.jupiter.api.Test;

/** Fails the build if a TCK run is not in the mode its execution says, e.g. Redis not used. */
class TckModeTest {

    @Test
    void defaultCacheManagerIsInTheExpectedMode() {
        String expected = System.getProperty("tiercel.tck.expected-mode", "").trim();
        assertFalse(expected.isEmpty(), "System property tiercel.tck.expected-mode is not set");

        CacheManager manager = Caching.getCachingProvider().getCacheManager();

        assertEquals(expected, manager.unwrap(TiercelCacheManager.class).settings().mode().name()
                .toLowerCase(Locale.ROOT), () -> "The TCK would run against " + manager);
    }
}
