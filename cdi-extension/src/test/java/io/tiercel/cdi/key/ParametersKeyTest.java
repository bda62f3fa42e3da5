package io.tiercel.cdi.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParametersKeyTest {

  @Test
  void equals_sameValuesInOrder_equalWithEqualHashCodes() {
    ParametersKey key = new ParametersKey("a", 1, null);
    ParametersKey same = new ParametersKey("a", 1, null);

    assertThat(key).isEqualTo(same).hasSameHashCodeAs(same);
  }

  @Test
  void equals_otherOrderOrOtherTypes_notEqual() {
    assertThat(new ParametersKey("a", "b")).isNotEqualTo(new ParametersKey("b", "a"));
    assertThat(new ParametersKey(1L)).isNotEqualTo(new ParametersKey(1));
    assertThat(new ParametersKey("a")).isNotEqualTo(new ParametersKey("a", "a"));
  }

  @Test
  void equals_arraysComparedByContentEvenNested() {
    ParametersKey key = new ParametersKey((Object) new int[][] {{1, 2}, {3}});
    ParametersKey same = new ParametersKey((Object) new int[][] {{1, 2}, {3}});

    assertThat(key).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(key).isNotEqualTo(new ParametersKey((Object) new int[][] {{1, 2}, {4}}));
  }

  @Test
  void constructor_callerChangesItsArrayAfterwards_keyDoesNotChange() {
    Object[] values = {"a", "b"};
    ParametersKey key = new ParametersKey(values);

    values[0] = "changed";

    assertThat(key).isEqualTo(new ParametersKey("a", "b"));
    assertThat(key.get(0)).isEqualTo("a");
    assertThat(key.size()).isEqualTo(2);
  }

  @Test
  void serialization_roundTrip_staysEqualWithTheSameHash() throws Exception {
    ParametersKey key = new ParametersKey("a", TimeUnit.SECONDS, new String[] {"x"});

    ParametersKey copy = roundTrip(key);

    assertThat(copy).isEqualTo(key).hasSameHashCodeAs(key);
  }

  @Test
  void toString_showsTheValues() {
    assertThat(new ParametersKey("a", 1, new int[] {2})).hasToString("[a, 1, [2]]");
  }

  private static ParametersKey roundTrip(ParametersKey key)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(key);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ParametersKey) in.readObject();
    }
  }
}
