package io.tiercel.tck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fails the build if a system property the TCK relies on is missing or wrong. */
class TckSystemPropertiesTest {

    /** The TCK excludes its testUnwrap tests, reporting them as passed, without these classes. */
    @ParameterizedTest
    @ValueSource(classes = {CacheManager.class, Cache.class, Cache.Entry.class})
    void namesALoadableImplementationClass(Class<?> api) {
        String property = api.getName().replace('$', '.');
        String className = System.getProperty(property, "").trim();
        assertFalse(className.isEmpty(), () -> "System property " + property + " is not set: the"
                + " TCK then skips its testUnwrap tests and reports them as passed.");
        Class<?> implementation;
        try {
            implementation = Class.forName(className);
        } catch (ClassNotFoundException e) {
            implementation = fail("System property " + property + " names " + className + ", which"
                    + " is not on the class path: the TCK then skips its testUnwrap tests and"
                    + " reports them as passed.", e);
        }
        Class<?> loaded = implementation;
        assertTrue(api.isAssignableFrom(loaded), () -> "System property " + property + " names "
                + loaded.getName() + ", which does not implement " + api.getName() + ".");
    }

    @Test
    void tckServersBindTheLoopbackAddress() throws UnknownHostException {
        String property = "org.jsr107.tck.support.server.address";
        String address = System.getProperty(property, "").trim();

        assertFalse(address.isEmpty(), () -> "System property " + property + " is not set: the"
                + " TCK's servers then bind fixed ports on a non-loopback address.");
        assertTrue(InetAddress.getByName(address).isLoopbackAddress(),
                () -> "System property " + property + " is " + address
                        + ", not a loopback address.");
    }
}
