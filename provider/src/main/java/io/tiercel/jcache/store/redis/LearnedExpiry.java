package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.store.Expiry;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The times to live a store's {@link Expiry} answered, so a script can be sent everything it may
 * need at once while the expiry is still asked only for the branch an operation takes.
 *
 * <ul>
 *   <li>A constant expiry (the JCache built-in policies) is asked for all branches once.</li>
 *   <li>Any other expiry is asked lazily: a script meeting a branch whose answer is not known yet
 *       changes nothing and asks for it ({@code '?'}); the operation asks and runs again. Once an
 *       operation is done, the branch it took is asked (once per operation, as the contract
 *       says); an answer that differs from the one the script used is learned and applied with
 *       one more call.</li>
 *   <li>Such an expiry's earlier answers are used for a new operation only where a different
 *       answer can still be applied afterwards: a creation's non-zero time to live, and
 *       "unchanged" for updates and accesses. A zero (which removes the entry) or a time to live
 *       that replaces the deadline (which "unchanged" could not restore) is always asked
 *       first.</li>
 * </ul>
 */
final class LearnedExpiry {
  /** Scripts above this many milliseconds (about 3,000 years) store without a deadline. */
  private static final long LONGEST_TTL_MILLIS = 100_000_000_000_000L;
  private static final long UNKNOWN = Long.MIN_VALUE;

  private final AtomicReference<Answers> learned =
      new AtomicReference<>(new Answers(null, UNKNOWN, UNKNOWN, UNKNOWN));

  /** The branches an operation can take. */
  enum Branch {
    CREATION, UPDATE, ACCESS;

    /** Returns the branch a script names in an {@code {'?', branch}} reply. */
    static Branch of(String letter) {
      return switch (letter) {
        case "c" -> CREATION;
        case "u" -> UPDATE;
        case "a" -> ACCESS;
        default -> throw new IllegalArgumentException("No expiry branch '" + letter + "'");
      };
    }
  }

  /** One expiry's answers; {@code UNKNOWN} where not asked yet. */
  private record Answers(Expiry expiry, long creation, long update, long access) {
    long get(Branch branch) {
      return switch (branch) {
        case CREATION -> creation;
        case UPDATE -> update;
        case ACCESS -> access;
      };
    }

    Answers with(Branch branch, long ttl) {
      return switch (branch) {
        case CREATION -> new Answers(expiry, ttl, update, access);
        case UPDATE -> new Answers(expiry, creation, ttl, access);
        case ACCESS -> new Answers(expiry, creation, update, ttl);
      };
    }
  }

  /** Starts one operation under {@code expiry}. */
  Round begin(Expiry expiry) {
    Answers answers = learned.get();
    if (answers.expiry() != expiry) {
      answers = expiry.isConstant()
          ? new Answers(expiry, expiry.forCreation(), expiry.forUpdate(), expiry.forAccess())
          : new Answers(expiry, UNKNOWN, UNKNOWN, UNKNOWN);
      learned.set(answers);
    }
    return new Round(expiry, answers);
  }

  /** Returns the script argument for a time to live: {@code k}, {@code e} or milliseconds. */
  static String argument(long ttl) {
    if (ttl == UNKNOWN) {
      return "?";
    }
    if (ttl == Expiry.UNCHANGED) {
      return "k";
    }
    return ttl == Expiry.ETERNAL || ttl > LONGEST_TTL_MILLIS ? "e" : Long.toString(ttl);
  }

  /** What one operation knows and has asked. */
  final class Round {
    private final Expiry expiry;
    private Answers answers;
    private final boolean[] asked = new boolean[Branch.values().length];

    private Round(Expiry expiry, Answers answers) {
      this.expiry = expiry;
      this.answers = answers;
    }

    /** Returns the argument a script gets for {@code branch}: a usable answer or {@code '?'}. */
    String argument(Branch branch) {
      long ttl = answers.get(branch);
      if (!asked[branch.ordinal()] && !expiry.isConstant() && !correctable(branch, ttl)) {
        ttl = UNKNOWN;
      }
      // A creation that keeps "the current deadline" has none to keep: it is eternal.
      return branch == Branch.CREATION && ttl == Expiry.UNCHANGED ? "e" : LearnedExpiry.argument(ttl);
    }

    /** Asks the expiry for {@code branch}, because a script needs the answer. */
    void ask(Branch branch) {
      if (asked[branch.ordinal()]) {
        throw new IllegalStateException("The script asked twice for the " + branch + " branch");
      }
      learn(branch, askExpiry(branch));
    }

    /**
     * Confirms that the operation took {@code branch}: asks the expiry if this operation has not,
     * and returns the answer if it differs from the argument the script used, else null.
     */
    Long confirm(Branch branch) {
      if (asked[branch.ordinal()] || expiry.isConstant()) {
        return null;
      }
      String used = argument(branch);
      long ttl = askExpiry(branch);
      learn(branch, ttl);
      String answered = argument(branch);
      return answered.equals(used) ? null
          : branch == Branch.CREATION && ttl == Expiry.UNCHANGED ? Long.valueOf(Expiry.ETERNAL)
          : Long.valueOf(ttl);
    }

    /** Returns whether an earlier answer may be used, since a different one can still be applied. */
    private boolean correctable(Branch branch, long ttl) {
      return branch == Branch.CREATION ? ttl != 0L : ttl == Expiry.UNCHANGED;
    }

    private long askExpiry(Branch branch) {
      asked[branch.ordinal()] = true;
      return switch (branch) {
        case CREATION -> expiry.forCreation();
        case UPDATE -> expiry.forUpdate();
        case ACCESS -> expiry.forAccess();
      };
    }

    private void learn(Branch branch, long ttl) {
      answers = answers.with(branch, ttl);
      learned.updateAndGet(current -> current.expiry() == expiry ? current.with(branch, ttl)
          : current);
    }
  }
}
