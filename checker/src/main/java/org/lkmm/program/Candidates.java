package org.lkmm.program;

import java.util.BitSet;
import java.util.List;

/**
 * The values a read of each location may return, each with its provenance: the write sites
 * whose values it was computed from. A read may not take a value made from a write of its own
 * thread that comes at or after it, which keeps the values of atomic counters finite.
 */
interface Candidates {
    List<Sourced> of(int location);

    /** A value and the write sites (thread << 16 | po-index) it was computed from. */
    record Sourced(long value, BitSet provenance) {}

    static int site(int thread, int poIndex) {
        return thread << 16 | poIndex;
    }
}
