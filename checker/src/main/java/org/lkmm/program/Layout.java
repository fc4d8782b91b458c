package org.lkmm.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared variables of a test. A variable's address is a value too (tests store pointers),
 * so addresses live far above any integer a test uses. Pointer arithmetic can reach addresses
 * next to a variable (y + r with r = -1); herd7 treats each as a location of its own, and so
 * does the layout once lowering has met it (derived locations, after the declared ones), as it
 * does an integer a lock event locks (lockOnly).
 */
public record Layout(List<String> variables, Map<String, Integer> index, List<Long> derived) {
    private static final long ADDRESS_BASE = 1L << 40;
    private static final long STRIDE = 1L << 20;

    public Layout(List<String> variables, Map<String, Integer> index) {
        this(variables, index, List.of());
    }

    private int declared() {
        return variables.size() - derived.size();
    }

    public long address(int variable) {
        return variable < declared() ? ADDRESS_BASE + variable * STRIDE : derived.get(variable - declared());
    }

    /** The location whose address is v, if v is one. */
    public Optional<Integer> variableAt(long v) {
        if (v >= ADDRESS_BASE && (v - ADDRESS_BASE) % STRIDE == 0) {
            long i = (v - ADDRESS_BASE) / STRIDE;
            if (i < declared()) {
                return Optional.of((int) i);
            }
        }
        int d = derived.indexOf(v);
        return d >= 0 ? Optional.of(declared() + d) : Optional.empty();
    }

    /**
     * Whether a location is an integer herd7 takes as a lock, not a variable: spin_lock(l) with l
     * no parameter locks the register's 0. Only lock events may access it.
     */
    public boolean lockOnly(int location) {
        return location >= declared() && !nearVariable(address(location));
    }

    /** Whether v lies next to a declared variable's address: the result of pointer arithmetic. */
    boolean nearVariable(long v) {
        long i = Math.round((v - ADDRESS_BASE) / (double) STRIDE);
        return i >= 0 && i < declared() && Math.abs(v - (ADDRESS_BASE + i * STRIDE)) < STRIDE / 2;
    }

    /** The layout with locations at the given addresses too, named after their variable ("y-1"). */
    Layout withDerived(List<Long> addresses) {
        List<String> names = new ArrayList<>(variables);
        Map<String, Integer> idx = new HashMap<>(index);
        List<Long> all = new ArrayList<>(derived);
        for (long a : addresses) {
            if (variableAt(a).isEmpty() && !all.contains(a)) {
                String name;
                if (nearVariable(a)) {
                    long i = Math.round((a - ADDRESS_BASE) / (double) STRIDE);
                    long offset = a - (ADDRESS_BASE + i * STRIDE);
                    name = variables.get((int) i) + (offset >= 0 ? "+" : "") + offset;
                } else {
                    name = Long.toString(a); // an integer herd7 takes as a lock (lockOnly)
                }
                idx.put(name, names.size());
                names.add(name);
                all.add(a);
            }
        }
        return new Layout(List.copyOf(names), Map.copyOf(idx), List.copyOf(all));
    }

    /** A value as herd prints it: a variable's name for its address, x+1 for an offset from it. */
    public String show(long v) {
        Optional<Integer> at = variableAt(v);
        if (at.isPresent()) {
            return variables.get(at.get());
        }
        if (nearVariable(v)) {
            long i = Math.round((v - ADDRESS_BASE) / (double) STRIDE);
            return variables.get((int) i) + "+" + (v - (ADDRESS_BASE + i * STRIDE));
        }
        return Long.toString(v);
    }

    /** A failure's message (Arithmetic.Failure) with each address {N} in it named as herd names it. */
    public String named(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(-?\\d+)}").matcher(message);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(show(Long.parseLong(m.group(1)))));
        }
        return m.appendTail(b).toString();
    }

    public int size() {
        return variables.size();
    }

    /** herd's order of constants (Constant.compare): integers, signed, before addresses by name. */
    public java.util.Comparator<Long> herdOrder() {
        return (a, b) -> {
            boolean x = org.lkmm.solver.Arithmetic.isAddress(a);
            boolean y = org.lkmm.solver.Arithmetic.isAddress(b);
            if (x != y) {
                return x ? 1 : -1;
            }
            return x ? show(a).compareTo(show(b)) : Long.compare(a, b);
        };
    }
}
