package io.tiercel.jcache.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The class filter: JDK value types and application classes, no gadgets, bounded streams. */
class ClassFilterTest {

  @Test
  void defaults_allowJdkValueTypesAndApplicationClasses() {
    ClassFilter filter = ClassFilter.defaults();

    assertThat(filter.allows(String.class)).isTrue();
    assertThat(filter.allows(java.util.HashMap.class)).isTrue();
    assertThat(filter.allows(java.time.Instant.class)).isTrue();
    assertThat(filter.allows(java.math.BigDecimal.class)).isTrue();
    assertThat(filter.allows(long[].class)).isTrue();
    assertThat(filter.allows(Gadget[].class)).isTrue();
    assertThat(filter.allows(IllegalStateException.class)).isTrue();
  }

  @Test
  void defaults_rejectOtherJdkClassesAndKnownGadgets() {
    ClassFilter filter = ClassFilter.defaults();

    assertThat(filter.allows(java.net.URL.class)).isFalse();
    assertThat(filter.allows(javax.management.ObjectName.class)).isFalse();
    assertThat(filter.allows(java.lang.reflect.Proxy.class)).isFalse();
    assertThat(filter.allows(Thread.class)).isFalse();
    assertThat(ClassFilter.matches("org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections.functors.**")).isTrue();
  }

  @Test
  void allowOnly_admitsNamedPatternsAndJdkValueTypesOnly() {
    ClassFilter filter = ClassFilter.allowOnly(List.of("com.example.*"));

    assertThat(filter.allows(String.class)).isTrue();
    assertThat(filter.allows(Gadget.class)).isFalse();
    assertThat(ClassFilter.matches("com.example.Order", "com.example.*")).isTrue();
    assertThat(ClassFilter.matches("com.example.sub.Order", "com.example.*")).isFalse();
    assertThat(ClassFilter.matches("com.example.sub.Order", "com.example.**")).isTrue();
  }

  @Test
  void arraysOfSerializable_areAllowed_theirElementsFilteredOnTheirOwn() throws Exception {
    // Hibernate's second-level cache entries hold a Serializable[] of the entity's state.
    var strict = new JavaSerialization(getClass()::getClassLoader,
        ClassFilter.allowOnly(List.of("com.example.*")));
    byte[] plain = serialize(new java.io.Serializable[] {"Ada", 42L});
    byte[] hostile = serialize(new java.io.Serializable[] {"Ada", new Gadget("x")});

    assertThat(ClassFilter.defaults().allows(java.io.Serializable[].class)).isTrue();
    assertThat((Object[]) strict.deserialize(plain, 0, plain.length)).containsExactly("Ada", 42L);
    assertThatThrownBy(() -> strict.deserialize(hostile, 0, hostile.length))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining(Gadget.class.getName());
  }

  @Test
  void allowOnly_mayNameJdkClasses_butNeverTheDeniedOnes() {
    ClassFilter filter = ClassFilter.allowOnly(List.of("java.net.URL", "java.lang.Thread"));

    assertThat(filter.allows(java.net.URL.class)).isTrue();
    assertThat(filter.allows(Thread.class)).isFalse();
    assertThat(ClassFilter.defaults().allows(java.net.URL.class)).isFalse();
  }

  @Test
  void allowOnly_malformedPattern_isRejectedNamingIt() {
    assertThatThrownBy(() -> ClassFilter.allowOnly(List.of("com/example/Order")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com/example/Order");
  }

  @Test
  void deserialize_rejectedClass_isDecodingExceptionNamingIt() throws Exception {
    var serialization = new JavaSerialization(getClass()::getClassLoader,
        ClassFilter.allowOnly(List.of("com.example.*")));
    byte[] bytes = serialize(new Gadget("x"));
    int before = Gadget.READS.get();

    assertThatThrownBy(() -> serialization.deserialize(bytes, 0, bytes.length))
        .isInstanceOf(DecodingException.class).hasMessageContaining(Gadget.class.getName());
    assertThat(Gadget.READS.get()).isEqualTo(before);
  }

  @Test
  void deserialize_arrayLongerThanPayload_isRejected() throws Exception {
    var serialization = new JavaSerialization(getClass()::getClassLoader, ClassFilter.defaults());
    byte[] bytes = serialize(new ArrayList<>(List.of(new long[0])));
    // The array's length field follows its class descriptor: claim two billion elements.
    byte[] forged = bytes.clone();
    forged[forged.length - 5] = 0x7f;

    assertThatThrownBy(() -> serialization.deserialize(forged, 0, forged.length))
        .isInstanceOf(DecodingException.class);
  }

  private static byte[] serialize(Object object) throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    return bytes.toByteArray();
  }
}
