package org.lkmm.verdict;

import java.util.List;
import org.lkmm.ast.Cond;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.enumerate.Candidate;
import org.lkmm.program.Program;
import org.lkmm.solver.Atom;

/**
 * The final values of one execution, as the final clause sees them. Where herd7's equations
 * leave a value unknown, it is the unknown S<n>: equal to no constant, and to another location
 * only if that holds the same unknown.
 */
final class FinalState {
    static final long UNKNOWN_BASE = org.lkmm.program.ThreadPath.UNKNOWN_BASE;

    private final Program program;
    private final Candidate candidate;
    private final MemoryStage.Resolution resolution;
    private final MemoryStage stage;

    FinalState(Program program, Candidate candidate, MemoryStage stage, MemoryStage.Resolution resolution) {
        this.program = program;
        this.candidate = candidate;
        this.stage = stage;
        this.resolution = resolution;
    }

    static boolean isUnknown(long v) {
        return v < Integer.MIN_VALUE && v >= UNKNOWN_BASE;
    }

    private static long encode(Atom a) {
        return a instanceof Atom.Var v ? UNKNOWN_BASE + v.id() : ((Atom.Val) a).value();
    }

    long valueOf(Location l) {
        if (l instanceof Location.Register r) {
            int t = program.threadIndex(r.process());
            if (resolution.solution() != null) {
                Atom a = candidate.paths().get(t).source().registers().get(r.name());
                return a == null ? 0 : encode(resolution.solution().apply(a));
            }
            return candidate.registers(t).getOrDefault(r.name(), 0L);
        }
        int var = program.layout().index().get(((Location.Memory) l).name());
        if (resolution.solution() != null) {
            return encode(resolution.solution().apply(stage.finalValue(candidate, var)));
        }
        return candidate.finalMemory()[var];
    }

    long valueOf(Value v) {
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Address a) {
            Integer var = program.layout().index().get(a.variable());
            return var != null ? program.layout().address(var) : Long.MIN_VALUE;
        }
        return valueOf(((Value.Of) v).location());
    }

    boolean holds(Cond c) {
        if (c instanceof Cond.And a) {
            return holds(a.left()) && holds(a.right());
        }
        if (c instanceof Cond.Or o) {
            return holds(o.left()) || holds(o.right());
        }
        if (c instanceof Cond.Implies i) {
            return !holds(i.left()) || holds(i.right());
        }
        if (c instanceof Cond.Not n) {
            return !holds(n.operand());
        }
        if (c instanceof Cond.Const k) {
            return k.value();
        }
        Cond.Equals e = (Cond.Equals) c;
        boolean equal = valueOf(e.location()) == valueOf(e.value());
        return equal != e.negated();
    }

    /** The values of the observed locations. */
    long[] values(List<Location> observed) {
        long[] values = new long[observed.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = valueOf(observed.get(i));
        }
        return values;
    }

    /** The state line of the observed locations. */
    String show(StateColumns columns, List<Location> observed) {
        return columns.line(values(observed));
    }
}
