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
    /** Since v6.11's lock.cat. */
    NESTED_IS_LOCKED("nested-is-locked"),
    UNMATCHED_LOCKS("unmatched-locks");

    private final String catName;

    Axiom(String catName) {
        this.catName = catName;
    }

    public String catName() {
        return catName;
    }

    /** The axiom a check of linux-kernel.cat or lock.cat names, if it is one. */
    public static java.util.Optional<Axiom> ofCatName(String name) {
        for (Axiom a : values()) {
            if (a.catName.equals(name)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
