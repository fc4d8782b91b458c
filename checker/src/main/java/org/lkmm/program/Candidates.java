package org.lkmm.program;

import java.util.BitSet;
import java.util.List;

/**
 * The values a read of each location may return, each with its provenance: the reads and
 * writes (as {@link Sites}) its computation went through. A read may not take a value computed
 * from itself: herd7's equations cannot determine such a circular value, and excluding it keeps
 * the values of atomic counters finite.
 */
interface Candidates {
    List<Sourced> of(int location);

    /** A value and the sites it was computed from. */
    record Sourced(long value, BitSet provenance) {}
}
