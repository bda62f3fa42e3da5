package io.tiercel.jcache.store;

/** The expiry of caches without an expiry policy: entries live forever. */
enum EternalExpiry implements Expiry {
  INSTANCE;

  @Override
  public long forCreation() {
    return ETERNAL;
  }

  @Override
  public long forUpdate() {
    return UNCHANGED;
  }

  @Override
  public long forAccess() {
    return UNCHANGED;
  }

  @Override
  public boolean isConstant() {
    return true;
  }
}
