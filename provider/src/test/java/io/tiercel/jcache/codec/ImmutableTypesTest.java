package io.tiercel.jcache.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which types store-by-value may share instead of copying, including records that recurse. */
class ImmutableTypesTest {

  @Test
  void isImmutable_selfReferencingRecordOfImmutables_isTrue() {
    assertThat(ImmutableTypes.isImmutable(Node.class)).isTrue();
  }

  @Test
  void isImmutable_mutuallyReferencingRecordsOfImmutables_areTrue() {
    assertThat(ImmutableTypes.isImmutable(Husband.class)).isTrue();
    assertThat(ImmutableTypes.isImmutable(Wife.class)).isTrue();
  }

  @Test
  void isImmutable_recursionThroughRecordWithMutableComponent_isFalseForBoth() {
    assertThat(ImmutableTypes.isImmutable(Outer.class)).isFalse();
    assertThat(ImmutableTypes.isImmutable(Inner.class)).isFalse();
  }

  @Test
  void isImmutable_selfReferencingRecordWithMutableComponent_isFalse() {
    assertThat(ImmutableTypes.isImmutable(Tagged.class)).isFalse();
  }

  /** A linked list of ints. */
  record Node(int value, Node next) {}

  /** One of two records that refer to each other. */
  record Husband(String name, Wife wife) {}

  /** The other of two records that refer to each other. */
  record Wife(String name, Husband husband) {}

  /** Refers to {@link Inner}, which refers back and holds a mutable list. */
  record Outer(Inner inner) {}

  /** Refers back to {@link Outer} and holds a mutable list. */
  record Inner(Outer outer, List<String> names) {}

  /** Refers to itself and holds a mutable list. */
  record Tagged(Tagged parent, List<String> tags) {}
}
