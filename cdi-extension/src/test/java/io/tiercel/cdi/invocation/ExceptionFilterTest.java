package io.tiercel.cdi.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionFilterTest {
  private static final IllegalArgumentException ARGUMENT = new IllegalArgumentException();
  private static final IllegalStateException STATE = new IllegalStateException();
  private static final IOException CHECKED = new IOException();

  @Test
  void test_bothListsEmpty_answersTheDefault() {
    assertThat(new ExceptionFilter(List.of(), List.of(), true).test(CHECKED)).isTrue();
    assertThat(new ExceptionFilter(List.of(), List.of(), false).test(CHECKED)).isFalse();
  }

  @Test
  void test_onlyIncluded_selectsInstancesOfListedClasses() {
    ExceptionFilter filter =
        new ExceptionFilter(List.of(RuntimeException.class), List.of(), false);

    assertThat(filter.test(ARGUMENT)).isTrue();
    assertThat(filter.test(CHECKED)).isFalse();
  }

  @Test
  void test_onlyExcluded_selectsAllButInstancesOfListedClasses() {
    ExceptionFilter filter =
        new ExceptionFilter(List.of(), List.of(IllegalStateException.class), false);

    assertThat(filter.test(ARGUMENT)).isTrue();
    assertThat(filter.test(CHECKED)).isTrue();
    assertThat(filter.test(STATE)).isFalse();
  }

  @Test
  void test_bothLists_selectsIncludedThatAreNotExcluded() {
    ExceptionFilter filter = new ExceptionFilter(List.of(RuntimeException.class),
        List.of(IllegalStateException.class, UncheckedIOException.class), true);

    assertThat(filter.test(ARGUMENT)).isTrue();
    assertThat(filter.test(STATE)).isFalse();
    assertThat(filter.test(CHECKED)).isFalse();
  }
}
