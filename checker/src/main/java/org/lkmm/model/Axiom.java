package org.lkmm.model;

/** The checks of linux-kernel.cat and lock.cat, by their cat names. */
public enum Axiom {
    COHERENCE("coherence"),
    ATOMIC("atomic"),
    HAPPENS_BEFORE("happens-before"),
    PROPAGATION("propagation"),
    RCU("rcu"),
    PLAIN_COHERENCE("plain-coherence"),
    LOCK_NEST("lock-nest"),
    UNMATCHED_LOCKS("unmatched-locks");

    private final String catName;

    Axiom(String catName) {
        this.catName = catName;
    }

    public String catName() {
        return catName;
    }
}
