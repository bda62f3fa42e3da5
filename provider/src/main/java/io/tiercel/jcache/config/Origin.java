package io.tiercel.jcache.config;

/**
 * Where a key or value of the configuration came from, for messages: a line of a file, or an
 * override such as an environment variable.
 *
 * @param source the file ({@code classpath:tiercel.yaml}) or the override
 *     ({@code environment variable REDIS_PORT})
 * @param line the line in the file, from 1; 0 when the source is not a file
 */
record Origin(String source, int line) {

  /** Returns the origin of a value set outside any file. */
  static Origin of(String source) {
    return new Origin(source, 0);
  }

  /** Returns whether the origin is a line of a file, not an override. */
  boolean isFile() {
    return line > 0;
  }

  @Override
  public String toString() {
    return line > 0 ? source + " line " + line : source;
  }
}
