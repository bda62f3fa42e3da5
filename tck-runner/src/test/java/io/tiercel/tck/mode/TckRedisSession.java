package io.tiercel.tck.mode;

import io.tiercel.jcache.testing.RedisServer;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real Redis before any TCK test runs, when the system property
 * {@code tiercel.tck.redis} is {@code start}, and points Tiercel at it through the system
 * property {@code tiercel.redis.url}; stops it when the test run ends.
 */
public final class TckRedisSession implements LauncherSessionListener {
    private RedisServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if ("start".equals(System.getProperty("tiercel.tck.redis"))) {
            server = RedisServer.startOrConnect();
            System.setProperty("tiercel.redis.url", server.url().toString());
            System.out.println("[tck] Redis for this TCK run: " + server.url());
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
