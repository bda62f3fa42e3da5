package io.tiercel.jcache.store.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One Lua script Tiercel runs in Redis, named by its SHA-1 so calls send the digest
 * ({@code EVALSHA}) rather than the source.
 *
 * <p>Every script touches exactly one key, so it runs on Redis Cluster unchanged.
 */
enum Script {
  PUT("put"),
  PUT_IF_ABSENT("put_if_absent"),
  REPLACE("replace"),
  REPLACE_IF_EQUAL("replace_if_equal"),
  REMOVE_IF_EQUAL("remove_if_equal"),
  COMMIT("commit"),
  TOUCH("touch"),
  CONTAINS("contains"),
  RELEASE("release");

  private final byte[] source;
  private final byte[] sha1;

  Script(String name) {
    this.source = (read("prelude") + "\n" + read(name)).getBytes(StandardCharsets.UTF_8);
    this.sha1 = hex(source);
  }

  /** Returns the script's source, prelude included, for {@code SCRIPT LOAD}. */
  byte[] source() {
    return source;
  }

  /** Returns the lower-case hex SHA-1 of the source, as {@code EVALSHA} takes it. */
  byte[] sha1() {
    return sha1;
  }

  private static String read(String name) {
    String resource = name + ".lua";
    try (InputStream in = Script.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Script " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read script " + resource, e);
    }
  }

  private static byte[] hex(byte[] source) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(source);
      return HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform", e);
    }
  }
}
