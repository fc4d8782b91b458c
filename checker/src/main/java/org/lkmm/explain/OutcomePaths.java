package org.lkmm.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.ast.Cond;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;

/**
 * The program narrowed to the thread paths that can give an outcome: where every value is
 * determined, a register's final value is its path's (the final state reads it there), so a
 * conjunct "P:r = constant" of the outcome or the filter drops the paths of P that end with
 * another value. Every candidate with the outcome is still there, and far fewer without it:
 * the executions an explanation looks for are found in the time of a few candidates, not of all.
 */
final class OutcomePaths {
    private OutcomePaths() {}

    static Program narrow(Program p, Cond outcome, Optional<Cond> filter) {
        if (!p.valuesAlwaysDetermined()) {
            return p; // herd's unknowns decide register values there: keep every path
        }
        List<Cond.Equals> atoms = new ArrayList<>();
        conjuncts(outcome, atoms);
        filter.ifPresent(f -> conjuncts(f, atoms));
        List<List<ThreadPath>> threads = new ArrayList<>();
        for (int t = 0; t < p.threads().size(); t++) {
            List<ThreadPath> kept = new ArrayList<>();
            for (ThreadPath path : p.threads().get(t)) {
                if (fits(p, t, path, atoms)) {
                    kept.add(path);
                }
            }
            threads.add(kept);
        }
        return new Program(p.test(), p.layout(), p.initialValues(), threads, p.threadIds(), p.cutOff(), p.warnings());
    }

    private static void conjuncts(Cond c, List<Cond.Equals> out) {
        if (c instanceof Cond.And a) {
            conjuncts(a.left(), out);
            conjuncts(a.right(), out);
        } else if (c instanceof Cond.Equals e && e.location() instanceof Location.Register) {
            out.add(e);
        }
    }

    private static boolean fits(Program p, int thread, ThreadPath path, List<Cond.Equals> atoms) {
        for (Cond.Equals e : atoms) {
            Location.Register r = (Location.Register) e.location();
            if (p.threadIndex(r.process()) != thread) {
                continue;
            }
            Long wanted = constant(p, e.value());
            if (wanted == null) {
                continue; // compared with another location: not this path's alone to decide
            }
            boolean equal = path.registers().getOrDefault(r.name(), 0L).longValue() == wanted;
            if (equal == e.negated()) {
                return false;
            }
        }
        return true;
    }

    private static Long constant(Program p, Value v) {
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Address a) {
            Integer var = p.layout().index().get(a.variable());
            return var == null ? Long.MIN_VALUE : p.layout().address(var);
        }
        return null;
    }
}
