package io.tiercel.benchmarks;

import java.util.Arrays;
import java.util.Optional;

/** The operations the run measures, in the order the table lists them. */
enum Measured {
  RAW_GET(RawJedisBenchmark.class, "get", "raw Jedis GET"),
  TIERCEL_L2_GET(TiercelRedisBenchmark.class, "get", "Tiercel get, Redis-only (L2 hit)"),
  TIERCEL_L1_GET(TiercelTieredBenchmark.class, "get", "Tiercel get, tiered (L1 hit)"),
  TIERCEL_L1_MISS_GET(TiercelNearMissBenchmark.class, "get", "Tiercel get, tiered (L1 miss)"),
  RAW_SET(RawJedisBenchmark.class, "set", "raw Jedis SET"),
  TIERCEL_L2_PUT(TiercelRedisBenchmark.class, "put", "Tiercel put, Redis-only"),
  TIERCEL_TIERED_PUT(TiercelTieredBenchmark.class, "put", "Tiercel put, tiered");

  private final String benchmark;
  private final String label;

  Measured(Class<?> type, String method, String label) {
    this.benchmark = type.getName() + "." + method;
    this.label = label;
  }

  /** Returns the operation JMH's benchmark {@code benchmark} measures, if it is one of these. */
  static Optional<Measured> named(String benchmark) {
    return Arrays.stream(values()).filter(measured -> measured.benchmark.equals(benchmark))
        .findFirst();
  }

  /** Returns the JMH benchmark name: the method's fully qualified name. */
  String benchmark() {
    return benchmark;
  }

  /** Returns what the table calls it. */
  String label() {
    return label;
  }
}
