package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which settings a cache name gets: exact name, most specific pattern, default, or none. */
class CacheCatalogTest {
  private final ManagerConfig frameworks = ConfigFixture.resource("frameworks.yaml");

  @ParameterizedTest
  @CsvSource({
      "com.example.entities.Country,                   caches.com.example.entities.Country",
      "com.example.entities.UserRole,                  caches.com.example.entities.User*",
      "com.example.entities.User,                      caches.com.example.entities.User*",
      "com.example.entities.Order,                     caches.com.example.entities.*",
      "com.example.entities.Order.lines,               caches.com.example.entities.*",
      "default-update-timestamps-region,               caches.default-update-timestamps-region",
      "default-query-results-region,                   caches.default-query-results-region",
      "com.example.queries-region,                     caches.*-region",
      "report-42,                                      caches.report-??"})
  void findCache_name_getsTheExactEntryElseTheMostSpecificPattern(String name, String source) {
    assertThat(frameworks.findCache(name).orElseThrow().source()).isEqualTo(source);
  }

  @Test
  void findCache_hibernateRegions_getTheirPresets() {
    CacheSettings timestamps = frameworks.findCache("default-update-timestamps-region")
        .orElseThrow();
    CacheSettings entity = frameworks.findCache("com.example.entities.Order").orElseThrow();

    assertThat(timestamps.expiry().policy()).isEqualTo(ExpirySettings.Policy.CREATED);
    assertThat(timestamps.nearCache().enabled()).isFalse();
    assertThat(entity.expiry()).isEqualTo(frameworks.preset("query").orElseThrow().expiry());
  }

  @Test
  void findCache_typedEntry_declaresItsTypes() {
    TiercelConfiguration<String, String> greetings = frameworks.findCache("greetings")
        .orElseThrow().toConfiguration();

    assertThat(greetings.getKeyType()).isEqualTo(String.class);
    assertThat(greetings.getValueType()).isEqualTo(String.class);
  }

  @Test
  void findCache_unknownName_isEmptyAsJCacheRequires() {
    assertThat(frameworks.findCache("report-123")).isEmpty();
    assertThat(frameworks.findCache("users")).isEmpty();
  }

  @Test
  void findCache_unknownNameWithCreateUnknownCaches_getsTheDefaultPreset() {
    ManagerConfig config = ConfigFixture.load("""
        create-unknown-caches: true
        presets:
          default: {statistics: true}
        """);

    CacheSettings unknown = config.findCache("anything").orElseThrow();
    assertThat(unknown.source()).isEqualTo("presets.default");
    assertThat(unknown.statistics()).isTrue();
  }

  @Test
  void templateFor_unknownName_isTheDefaultPreset() {
    assertThat(frameworks.templateFor("users").source()).isEqualTo("presets.default");
    assertThat(frameworks.templateFor("com.example.entities.Order").source())
        .isEqualTo("caches.com.example.entities.*");
  }

  @Test
  void cacheNamesAndPatterns_listExactNamesInOrderAndPatternsMostSpecificFirst() {
    assertThat(frameworks.cacheNames()).containsExactly("com.example.entities.Country",
        "default-update-timestamps-region", "default-query-results-region", "greetings");
    assertThat(frameworks.cachePatterns()).containsExactly("com.example.entities.User*",
        "com.example.entities.*", "report-??", "*-region");
  }

  @Test
  void load_equallySpecificPatternsMatchingOneName_isAProblemNamingBoth() {
    String message = ConfigFixture.failure("""
        caches:
          users.*: session
          "*.users": query
        """);

    assertThat(message).isEqualTo("tiercel.yaml line 3: caches.*.users: is as specific as"
        + " caches.users.* (tiercel.yaml line 2) and some names match both; make one more"
        + " specific (more literal characters, or fewer '*') or name the cache exactly");
  }

  @Test
  void load_equallySpecificPatternsThatNeverMeet_areFine() {
    ManagerConfig config = ConfigFixture.load("""
        caches:
          com.a.*: session
          org.b.*: query
        """);

    assertThat(config.findCache("org.b.x").orElseThrow().source()).isEqualTo("caches.org.b.*");
  }
}
