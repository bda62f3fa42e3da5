package io.tiercel.benchmarks;

import java.util.SplittableRandom;
import javax.cache.configuration.MutableConfiguration;

/** The keys and values every benchmark uses, so raw Jedis and Tiercel move the same bytes. */
final class Payload {
  /** The length of every value, in characters (and UTF-8 bytes). */
  static final int VALUE_LENGTH = 100;
  /** The key gets read. */
  static final String GET_KEY = "user:42";
  /** The key puts write, apart from the one gets read so a put never disturbs a get. */
  static final String PUT_KEY = "user:43";
  /** The value every key holds. */
  static final String VALUE = value(0);

  private Payload() {}

  /** Returns a distinct {@value #VALUE_LENGTH}-character value for {@code round}. */
  static String value(long round) {
    String tag = Long.toString(round) + ':';
    SplittableRandom random = new SplittableRandom(round);
    StringBuilder value = new StringBuilder(VALUE_LENGTH).append(tag);
    while (value.length() < VALUE_LENGTH) {
      value.append((char) ('a' + random.nextInt(26)));
    }
    return value.toString();
  }

  /** Returns the configuration of a cache of strings, stored raw (readable) in Redis. */
  static MutableConfiguration<String, String> stringCache() {
    return new MutableConfiguration<String, String>().setTypes(String.class, String.class);
  }
}
