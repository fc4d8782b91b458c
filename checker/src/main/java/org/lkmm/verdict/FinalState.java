package org.lkmm.verdict;

import java.util.Map;
import org.lkmm.ast.Cond;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.enumerate.Candidate;
import org.lkmm.program.Program;

/** The final values of one allowed execution, as the final clause sees them. */
record FinalState(Program program, Candidate candidate) {
    long valueOf(Location l) {
        if (l instanceof Location.Register r) {
            int t = program.threadIds().indexOf(r.process());
            Map<String, Long> regs = candidate.registers(t);
            return regs.getOrDefault(r.name(), 0L);
        }
        int var = program.layout().index().get(((Location.Memory) l).name());
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
        return (valueOf(e.location()) == valueOf(e.value())) != e.negated();
    }

    /** "loc=value;" for each observed location, as herd prints a state line. */
    String show(Iterable<Location> observed) {
        StringBuilder b = new StringBuilder();
        for (Location l : observed) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(l).append('=').append(program.layout().show(valueOf(l))).append(';');
        }
        return b.toString();
    }
}
