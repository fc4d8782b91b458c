package org.lkmm.program;

/** Event kinds, with the names linux-kernel.bell and lock.cat give them. */
public enum Kind {
    /** IW: the initial write of a location. */
    INIT,
    READ,
    WRITE,
    FENCE,
    /** LKR: read half of spin_lock() or a successful spin_trylock(). */
    LOCK_READ,
    /** LKW: write half of spin_lock() or a successful spin_trylock(). */
    LOCK_WRITE,
    /** UL: spin_unlock(). */
    UNLOCK,
    /** LF: a failed spin_trylock(). */
    LOCK_FAIL,
    /** RL: spin_is_locked() returning true. */
    READ_LOCKED,
    /** RU: spin_is_locked() returning false. */
    READ_UNLOCKED,
    SRCU_LOCK,
    SRCU_UNLOCK,
    SRCU_SYNC;

    public boolean isLockEvent() {
        return this == LOCK_READ || this == LOCK_WRITE || this == UNLOCK || this == LOCK_FAIL
                || this == READ_LOCKED || this == READ_UNLOCKED;
    }

    public boolean isSrcu() {
        return this == SRCU_LOCK || this == SRCU_UNLOCK || this == SRCU_SYNC;
    }
}
