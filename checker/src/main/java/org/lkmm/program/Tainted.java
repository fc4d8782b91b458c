package org.lkmm.program;

import java.util.BitSet;

/** A value with the po-indices of the reads it was computed from (for addr/data/ctrl). */
record Tainted(long value, BitSet deps) {
    static Tainted constant(long value) {
        return new Tainted(value, new BitSet());
    }

    Tainted with(long newValue, Tainted other) {
        BitSet d = (BitSet) deps.clone();
        d.or(other.deps);
        return new Tainted(newValue, d);
    }
}
