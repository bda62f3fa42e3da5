package io.tiercel.examples.cdi;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import java.math.BigDecimal;

/**
 * The CDI example: starts a CDI SE container, calls the cached {@link PriceService} and prints
 * how many times the database was read.
 *
 * <p>The only setup is on the class path: the {@code tiercel-cdi} jar (which brings Tiercel's
 * provider) and this module's {@code beans.xml}.
 */
public final class CdiExample {

  private CdiExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    try (SeContainer container = SeContainerInitializer.newInstance().initialize()) {
      PriceService prices = container.select(PriceService.class).get();
      PriceDatabase database = container.select(PriceDatabase.class).get();

      show("price(apple)", prices.price("apple"), database);
      show("price(apple) again, from the cache", prices.price("apple"), database);
      show("price(pear)", prices.price("pear"), database);

      prices.updatePrice("apple", new BigDecimal("0.99"));
      System.out.println("updatePrice(apple, 0.99): @CachePut refreshed the cache");
      show("price(apple) after the update, from the cache", prices.price("apple"), database);

      prices.discontinue("pear");
      System.out.println("discontinue(pear): @CacheRemove evicted it");
      show("price(pear) after discontinuing", prices.price("pear"), database);

      System.out.println("Database reads: " + database.reads() + " for 5 price lookups");
    }
  }

  private static void show(String call, BigDecimal price, PriceDatabase database) {
    System.out.printf("%-46s -> %-6s (database reads so far: %d)%n", call,
        price == null ? "none" : price, database.reads());
  }
}
