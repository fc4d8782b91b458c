package org.lkmm.enumerate;

/** How the enumerator explores: with its shortcuts, or building and judging every candidate. */
public enum Search {
    /**
     * Subtrees judged as a whole on an over-approximation, and partial rf/co choices dropped
     * once they break an axiom: the same results, much sooner on large tests.
     */
    PRUNED,
    /**
     * Every candidate execution built and judged alone, as herd7 does: slow, for cross-checking.
     * (Choices of paths where some read finds no write of its value are no candidates, and
     * left out in both searches: ValueSourcesTest checks that they are exactly such choices.)
     */
    EXHAUSTIVE
}
