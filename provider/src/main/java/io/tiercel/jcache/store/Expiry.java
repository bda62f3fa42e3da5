package io.tiercel.jcache.store;

/**
 * Supplies the time to live an entry gets, asked lazily so only the branch a store takes is asked.
 *
 * <p>Each method returns a time to live in milliseconds, or one of the constants below:
 * <ul>
 *   <li>{@link #ETERNAL}: the entry never expires;</li>
 *   <li>{@link #UNCHANGED}: the entry keeps the deadline it has (for creation: eternal);</li>
 *   <li>{@code 0}: the entry expires at once (it is not stored, or is removed).</li>
 * </ul>
 * A store calls {@link #forCreation()} only when it creates an entry, {@link #forUpdate()} only
 * when it replaces the value of a live entry, and {@link #forAccess()} only when it reads a live
 * entry for an operation that counts as an access.
 */
public interface Expiry {

  /** Time to live meaning "never expires". */
  long ETERNAL = Long.MAX_VALUE;

  /** Time to live meaning "keep the current deadline". */
  long UNCHANGED = -1L;

  /** Returns the time to live of a newly created entry. */
  long forCreation();

  /** Returns the time to live of an entry whose value is replaced. */
  long forUpdate();

  /** Returns the time to live of an entry that is read. */
  long forAccess();

  /**
   * Returns whether every method always gives the same answer and asking has no effect beyond
   * it, so a store may ask any branch at any time (a remote store sends all answers at once).
   */
  default boolean isConstant() {
    return false;
  }

  /** Returns an expiry under which entries never expire and reads never touch them. */
  static Expiry eternal() {
    return EternalExpiry.INSTANCE;
  }
}
