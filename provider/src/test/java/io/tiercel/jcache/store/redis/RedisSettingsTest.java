package io.tiercel.jcache.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Redis URIs: host, port, database, TLS and credentials, with passwords never shown. */
class RedisSettingsTest {

  @Test
  void fromUri_fullUri_readsEveryPart() {
    RedisSettings settings = RedisSettings.fromUri(
        URI.create("rediss://app:p%40ss@cache.example.com:6380/3"));

    assertThat(settings.host()).isEqualTo("cache.example.com");
    assertThat(settings.port()).isEqualTo(6380);
    assertThat(settings.database()).isEqualTo(3);
    assertThat(settings.ssl()).isTrue();
    assertThat(settings.user()).isEqualTo("app");
    assertThat(settings.password()).isEqualTo("p@ss");
  }

  @Test
  void fromUri_shortForms_useDefaults() {
    RedisSettings plain = RedisSettings.fromUri(URI.create("redis://localhost"));
    RedisSettings passwordOnly = RedisSettings.fromUri(URI.create("redis://secret@localhost"));
    RedisSettings emptyUser = RedisSettings.fromUri(URI.create("redis://:secret@localhost/"));

    assertThat(plain.port()).isEqualTo(6379);
    assertThat(plain.database()).isZero();
    assertThat(plain.keyPrefix()).isEqualTo("tiercel");
    assertThat(plain.timeout()).isEqualTo(RedisSettings.DEFAULT_TIMEOUT);
    assertThat(passwordOnly.password()).isEqualTo("secret");
    assertThat(passwordOnly.user()).isNull();
    assertThat(emptyUser.password()).isEqualTo("secret");
    assertThat(emptyUser.user()).isNull();
  }

  @Test
  void toStringAndDescribe_neverShowThePassword() {
    RedisSettings settings = RedisSettings.fromUri(URI.create("redis://app:hunter22@h:1/2"));

    assertThat(settings.toString()).doesNotContain("hunter22").contains("****");
    assertThat(settings.describe()).isEqualTo("redis://app@h:1/2");
    assertThat(RedisSettings.redact(URI.create("redis://app:hunter22@h:1/2")))
        .isEqualTo("redis://app:****@h:1/2");
  }

  @Test
  void redact_uriJavaCannotSplit_hidesEverythingBeforeTheHost() {
    assertThat(RedisSettings.redact(URI.create("redis://:s3cr3t@redis_cache:6379/0")))
        .isEqualTo("redis://****@redis_cache:6379/0");
  }

  @Test
  void fromUri_hostNamesJavaDoesNotParse_areRead() {
    RedisSettings compose = RedisSettings.fromUri(URI.create("redis://:s3cr3t@redis_cache:6380/2"));
    RedisSettings ipv6 = RedisSettings.fromUri(URI.create("redis://[::1]:6381"));

    assertThat(compose.host()).isEqualTo("redis_cache");
    assertThat(compose.port()).isEqualTo(6380);
    assertThat(compose.database()).isEqualTo(2);
    assertThat(compose.password()).isEqualTo("s3cr3t");
    assertThat(ipv6.host()).isEqualTo("::1");
    assertThat(ipv6.port()).isEqualTo(6381);
  }

  @Test
  void fromUri_badUris_nameTheProblemWithoutThePassword() {
    assertThatThrownBy(() -> RedisSettings.fromUri(URI.create("http://u:hunter22@h:1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redis://")
        .hasMessageNotContaining("hunter22");
    assertThatThrownBy(() -> RedisSettings.fromUri(URI.create("redis://u:hunter22@h:1/x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'")
        .hasMessageNotContaining("hunter22");
  }
}
