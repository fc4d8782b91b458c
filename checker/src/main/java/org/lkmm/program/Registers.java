package org.lkmm.program;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * For each register of a thread, the reads the value last written to it depends on: the
 * dependencies herd derives through register events (rf-reg), tracked as the code runs.
 */
final class Registers {
    private static final BitSet NONE = new BitSet();
    private final Map<String, BitSet> taint;

    private Registers(Map<String, BitSet> taint) {
        this.taint = taint;
    }

    static Registers empty() {
        return new Registers(Map.of());
    }

    BitSet taintOf(String register) {
        return taint.getOrDefault(register, NONE);
    }

    Registers with(String register, BitSet deps) {
        Map<String, BitSet> t = new HashMap<>(taint);
        t.put(register, deps);
        return new Registers(t);
    }
}
