package org.lkmm.kernel;

/** The shapes of memory behaviour a primitive can have, after herd7's C semantics (LKMM v1). */
public enum Form {
    /** One read. */
    LOAD,
    /** One write. */
    STORE,
    /** A write followed by a full fence (smp_store_mb). */
    STORE_MB,
    /** A fence event of the named kind. */
    FENCE,
    /** Read and write as an RMW pair; returns the old value. */
    XCHG,
    /** RMW when the old value matches, else a lone once-read; returns the old value. */
    CMPXCHG,
    /** Non-returning RMW: a noreturn read and a once write. */
    ATOMIC_OP,
    /** RMW returning the new value. */
    OP_RETURN,
    /** RMW returning the old value. */
    FETCH_OP,
    /** RMW adding unless the old value equals a limit; returns whether it added. */
    ADD_UNLESS,
    LOCK,
    UNLOCK,
    TRYLOCK,
    IS_LOCKED,
    SRCU_LOCK,
    SRCU_UNLOCK,
    SRCU_SYNC
}
