package io.tiercel.jcache.store;

import java.util.concurrent.atomic.AtomicInteger;

/** An {@link Expiry} with fixed answers that counts how often each branch is asked. */
public final class CountingExpiry implements Expiry {

  /**
   * How often each branch was asked.
   *
   * @param creations calls of {@link Expiry#forCreation()}
   * @param updates calls of {@link Expiry#forUpdate()}
   * @param accesses calls of {@link Expiry#forAccess()}
   */
  public record Asked(int creations, int updates, int accesses) {}

  private final long creation;
  private final long update;
  private final long access;
  private final AtomicInteger creations = new AtomicInteger();
  private final AtomicInteger updates = new AtomicInteger();
  private final AtomicInteger accesses = new AtomicInteger();

  private CountingExpiry(long creation, long update, long access) {
    this.creation = creation;
    this.update = update;
    this.access = access;
  }

  /** Returns an expiry answering each branch with the given time to live or constant. */
  public static CountingExpiry of(long creation, long update, long access) {
    return new CountingExpiry(creation, update, access);
  }

  /** Returns an expiry under which entries never expire and keep their deadline. */
  public static CountingExpiry eternal() {
    return of(ETERNAL, UNCHANGED, UNCHANGED);
  }

  @Override
  public long forCreation() {
    creations.incrementAndGet();
    return creation;
  }

  @Override
  public long forUpdate() {
    updates.incrementAndGet();
    return update;
  }

  @Override
  public long forAccess() {
    accesses.incrementAndGet();
    return access;
  }

  /** Returns how often each branch has been asked so far. */
  public Asked asked() {
    return new Asked(creations.get(), updates.get(), accesses.get());
  }
}
