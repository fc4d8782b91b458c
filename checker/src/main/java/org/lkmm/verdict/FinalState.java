package org.lkmm.verdict;

import java.util.List;
import java.util.Map;
import org.lkmm.ast.Cond;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.enumerate.Candidate;
import org.lkmm.program.Program;

/**
 * The final values of one allowed execution, as the final clause sees them. A value herd7's
 * equations leave undetermined (see Determinacy) equals no constant and prints as "?".
 */
final class FinalState {
    /** Stands for an undetermined value: no test value is this far from the addresses. */
    static final long UNKNOWN = Long.MIN_VALUE + 1;

    private final Program program;
    private final Candidate candidate;
    private Determinacy determinacy;
    /** No value of the program can depend on itself: every value is known, nothing to work out. */
    private final boolean everyValueDetermined;

    FinalState(Program program, Candidate candidate) {
        this(program, candidate, program.valuesAlwaysDetermined());
    }

    /** As above, with Program.everyValueDetermined() given (callers with many candidates ask once). */
    FinalState(Program program, Candidate candidate, boolean everyValueDetermined) {
        this.program = program;
        this.candidate = candidate;
        this.everyValueDetermined = everyValueDetermined;
    }

    private Determinacy determinacy() {
        if (determinacy == null) {
            determinacy = new Determinacy(candidate);
        }
        return determinacy;
    }

    /** Whether herd7's equations determine every value this execution reads. */
    boolean determined() {
        return everyValueDetermined || determinacy().complete();
    }

    long valueOf(Location l) {
        if (l instanceof Location.Register r) {
            int t = program.threadIndex(r.process());
            Map<String, Long> regs = candidate.registers(t);
            boolean known = everyValueDetermined || determinacy().register(r.process(), candidate.paths().get(t).registerDeps().get(r.name()));
            return known ? regs.getOrDefault(r.name(), 0L) : UNKNOWN;
        }
        int var = program.layout().index().get(((Location.Memory) l).name());
        return everyValueDetermined || determinacy().memory(candidate.execution().co(), var) ? candidate.finalMemory()[var] : UNKNOWN;
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
        long left = valueOf(e.location());
        long right = valueOf(e.value());
        boolean equal = left == right && left != UNKNOWN;
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
