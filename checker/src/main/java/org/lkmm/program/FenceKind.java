package org.lkmm.program;

/** The Barriers enum of linux-kernel.bell. */
public enum FenceKind {
    MB("mb"),
    RMB("rmb"),
    WMB("wmb"),
    BARRIER("barrier"),
    RCU_LOCK("rcu-lock"),
    RCU_UNLOCK("rcu-unlock"),
    SYNC_RCU("sync-rcu"),
    BEFORE_ATOMIC("before-atomic"),
    AFTER_ATOMIC("after-atomic"),
    AFTER_SPINLOCK("after-spinlock"),
    AFTER_UNLOCK_LOCK("after-unlock-lock"),
    AFTER_SRCU_READ_UNLOCK("after-srcu-read-unlock"),
    /** A fence the built-in model gives no meaning: it orders nothing there. */
    OTHER("");

    private final String bellName;

    FenceKind(String bellName) {
        this.bellName = bellName;
    }

    public String bellName() {
        return bellName;
    }

    /** The kind a fence tag names, OTHER for one the built-in model does not know. */
    public static FenceKind of(String bellName) {
        for (FenceKind k : values()) {
            if (k.bellName.equals(bellName)) {
                return k;
            }
        }
        return OTHER;
    }
}
