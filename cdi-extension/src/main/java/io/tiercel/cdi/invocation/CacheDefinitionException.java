package io.tiercel.cdi.invocation;

import java.util.List;

/** Reports the mistakes in a method's cache annotations, one message per mistake. */
public final class CacheDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates the exception listing {@code problems}, each naming the method and the mistake. */
  public CacheDefinitionException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns the mistakes, one message each. */
  public List<String> problems() {
    return problems;
  }
}
