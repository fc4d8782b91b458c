package org.lkmm.enumerate;

/** How the enumerator explores: with its shortcuts, or building and judging every candidate. */
public enum Search {
    /**
     * Subtrees judged as a whole on an over-approximation, and partial rf/co choices dropped
     * once they break an axiom: the same results, much sooner on large tests.
     */
    PRUNED,
    /** Every candidate execution built and judged alone, as herd7 does: slow, for cross-checking. */
    EXHAUSTIVE
}
