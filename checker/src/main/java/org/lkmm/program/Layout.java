package org.lkmm.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared variables of a test. A variable's address is a value too (tests store pointers),
 * so addresses live far above any integer a test uses.
 */
public record Layout(List<String> variables, Map<String, Integer> index) {
    private static final long ADDRESS_BASE = 1L << 40;
    private static final long STRIDE = 1L << 20;

    public long address(int variable) {
        return ADDRESS_BASE + variable * STRIDE;
    }

    /** The variable whose address is v, if v is one. */
    public Optional<Integer> variableAt(long v) {
        if (v < ADDRESS_BASE || (v - ADDRESS_BASE) % STRIDE != 0) {
            return Optional.empty();
        }
        long i = (v - ADDRESS_BASE) / STRIDE;
        return i < variables.size() ? Optional.of((int) i) : Optional.empty();
    }

    /** A value as herd prints it: a variable's name for its address. */
    public String show(long v) {
        return variableAt(v).map(variables::get).orElse(Long.toString(v));
    }

    public int size() {
        return variables.size();
    }
}
