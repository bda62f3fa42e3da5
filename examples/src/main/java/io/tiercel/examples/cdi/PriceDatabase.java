package io.tiercel.examples.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in for a slow database of prices, which counts how often it is read. */
@ApplicationScoped
public class PriceDatabase {
  private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>(Map.of(
      "apple", new BigDecimal("1.20"), "pear", new BigDecimal("0.85")));
  private final AtomicInteger reads = new AtomicInteger();

  /** Returns the price of {@code sku}, or {@code null} if it is not sold. */
  public BigDecimal find(String sku) {
    reads.incrementAndGet();
    return prices.get(sku);
  }

  /** Stores the price of {@code sku}. */
  public void save(String sku, BigDecimal price) {
    prices.put(sku, price);
  }

  /** Stops selling {@code sku}. */
  public void delete(String sku) {
    prices.remove(sku);
  }

  /** Returns how many times prices were read. */
  public int reads() {
    return reads.get();
  }
}
