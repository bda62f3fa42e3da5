package io.tiercel.examples.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.CacheValue;

/**
 * Prices, cached in the cache {@code prices} by the standard annotations: reads come from the
 * cache, an update refreshes it, and discontinuing a product evicts it.
 */
@ApplicationScoped
public class PriceService {
  private final PriceDatabase database;

  /** Creates the service on top of {@code database}. */
  @Inject
  public PriceService(PriceDatabase database) {
    this.database = database;
  }

  /** Required by CDI to proxy this application-scoped bean. */
  protected PriceService() {
    this.database = null;
  }

  /** Returns the price of {@code sku}: from the cache, else from the database. */
  @CacheResult(cacheName = "prices")
  public BigDecimal price(String sku) {
    return database.find(sku);
  }

  /** Changes the price of {@code sku} in the database, and puts the new price in the cache. */
  @CachePut(cacheName = "prices")
  public void updatePrice(String sku, @CacheValue BigDecimal price) {
    database.save(sku, price);
  }

  /** Stops selling {@code sku}, and removes its price from the cache. */
  @CacheRemove(cacheName = "prices")
  public void discontinue(String sku) {
    database.delete(sku);
  }
}
