package io.tiercel.jcache.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class a real Redis: one {@link RedisServer} for the whole class, started before
 * its first test and stopped after its last, injected into constructors and methods that ask.
 */
public final class RedisServerExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RedisServerExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    store(context).put(RedisServer.class, RedisServer.startOrConnect());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    RedisServer server = store(context).remove(RedisServer.class, RedisServer.class);
    if (server != null) {
      server.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RedisServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    // A method's store falls back to its class's, where the server is kept.
    return store(context).get(RedisServer.class, RedisServer.class);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }
}
