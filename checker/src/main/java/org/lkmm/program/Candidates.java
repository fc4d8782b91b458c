package org.lkmm.program;

import java.util.List;

/**
 * The values a read of each location may return, each with its provenance: the reads and
 * writes (as {@link Sites}) its derivations went through. A read may not take a value whose
 * every derivation went through that read: herd7's equations cannot determine such a circular
 * value, and excluding it keeps the values of atomic counters finite.
 */
interface Candidates {
    List<Sourced> of(int location);

    /** A value and how it was derived. */
    record Sourced(long value, Provenance provenance) {}
}
