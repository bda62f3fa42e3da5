package io.tiercel.cdi.invocation;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a throwable from a cache or another thread back into what the caller may throw. */
final class Throwables {

  private Throwables() {}

  /**
   * Returns {@code thrown} as an exception to throw, or throws it if it is an error.
   *
   * <p>A throwable that is neither (never thrown by an ordinary method) is wrapped in an
   * {@link UndeclaredThrowableException}.
   */
  static Exception rethrowable(Throwable thrown) {
    if (thrown instanceof Error error) {
      throw error;
    }
    return thrown instanceof Exception exception
        ? exception : new UndeclaredThrowableException(thrown);
  }

  /** Returns the failure a completion stage or a future reports, without its wrapper. */
  static Throwable unwrap(Throwable failure) {
    if ((failure instanceof CompletionException || failure instanceof ExecutionException)
        && failure.getCause() != null) {
      return failure.getCause();
    }
    return failure;
  }
}
