package org.lkmm.verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lkmm.enumerate.Candidate;
import org.lkmm.program.Action;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.Program;
import org.lkmm.program.SymbolicPath;
import org.lkmm.program.ThreadPath;
import org.lkmm.relation.Relation;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;
import org.lkmm.solver.Solution;
import org.lkmm.solver.Solver;

/**
 * herd7's memory stage for one candidate (herd/mem.ml, solve_mem and calculate_rf_with_cnstrnts):
 * the equations "a read's value is its write's value" and "their locations are equal", read by
 * read from the last event to the first, then what each thread's register stage left, solved
 * from scratch by herd's solver. No solution, or equations left over, and herd has no such
 * execution; unknowns nothing constrains stay unknowns, printed S<n>.
 * <p>
 * When no value of the candidate can depend on itself (rf, data and address dependencies have
 * no cycle) and herd's union-find merges its equal unknowns exactly, herd's solver determines
 * every value, and they are the concrete ones the candidate already has: nothing to solve.
 * (herd's union-find maps an unknown to its parent, not its root; in long chains of copies the
 * equations that survive can leave a consistent candidate unsolved, and herd drops it.)
 */
final class MemoryStage {
    /** What herd makes of a candidate: gone, or kept with the solution of its unknowns (null: all known). */
    record Resolution(boolean dropped, Solution solution) {
        static final Resolution DETERMINED = new Resolution(false, null);
        static final Resolution DROPPED = new Resolution(true, null);
    }

    private final Program program;
    private final Solver solver;
    /** Some write stores a read's value: equations between unknowns, which herd's union-find may garble. */
    private final boolean copies;

    MemoryStage(Program program) {
        this.program = program;
        this.solver = new Solver(program.layout().herdOrder());
        this.copies = program.copiesValues();
    }

    /**
     * Whether candidates need herd's memory stage: where a value may depend on itself. A program
     * whose values cannot (Program.valuesAlwaysDetermined) is counted location by location,
     * without candidates to look at; there herd's union-find could in principle still drop a
     * candidate of a long copy chain, which chains that copy from thread to thread never do
     * (their unions join each new unknown to one root).
     */
    boolean needed() {
        return !program.valuesAlwaysDetermined();
    }

    Resolution resolve(Candidate c) {
        List<Event> events = c.execution().events();
        int[] source = new int[events.size()];
        java.util.Arrays.fill(source, -1);
        c.execution().rf().forEach((w, r) -> source[r] = w);
        return resolve(events, c.paths(), source);
    }

    /**
     * The same for events (initial writes first, then each path's in order) whose reads take
     * their values from source (an event index, or -1 for no write): what LoopCheck asks of
     * the cut runs herd matches before any model.
     */
    Resolution resolve(List<Event> events, List<ThreadPath> paths, int[] source) {
        int n = events.size();
        boolean cyclic = cyclic(events, paths, source);
        if (!cyclic && !copies) {
            return Resolution.DETERMINED;
        }
        int inits = program.layout().size();
        List<Equation> system = new ArrayList<>();
        for (int r = n - 1; r >= inits; r--) {
            if (events.get(r).kind() != Kind.READ || source[r] < 0) {
                continue;
            }
            int w = source[r];
            try {
                addEquation(system, value(events, paths, r), value(events, paths, w));
                addEquation(system, location(events, paths, w), location(events, paths, r));
            } catch (IllegalStateException contradiction) {
                return Resolution.DROPPED;
            }
        }
        for (ThreadPath p : paths) {
            system.addAll(p.source().residual());
        }
        if (!cyclic && Solver.normalisesExactly(system)) {
            return Resolution.DETERMINED;
        }
        Optional<Solution> s = solver.solve(system);
        if (s.isEmpty() || s.get().leavesEquations() && s.get().failure().isEmpty()) {
            return Resolution.DROPPED; // equations left drop it, unless a failure is left too (mem.ml)
        }
        return new Resolution(false, s.get());
    }

    /**
     * herd's add_eq: an unknown on the left when there is one; two different constants
     * contradict (signalled by IllegalStateException). herd lists the equations of the reads
     * from the last to the first, each read's value equation before its location equation.
     */
    private static void addEquation(List<Equation> system, Atom loaded, Atom stored) {
        if (loaded instanceof Atom.Val x) {
            if (stored instanceof Atom.Val y) {
                if (x.value() != y.value()) {
                    throw new IllegalStateException("contradiction");
                }
                return;
            }
            system.add(Equation.assign(stored, loaded));
        } else if (!loaded.equals(stored)) {
            system.add(Equation.assign(loaded, stored));
        }
    }

    /**
     * The value a location ends with, in herd's terms: that of its co-last write, lock events
     * aside (herd gives them no value).
     */
    Atom finalValue(Candidate c, int location) {
        List<Event> events = c.execution().events();
        Relation co = c.execution().co();
        int last = location; // the initial write
        for (int w = 0; w < events.size(); w++) {
            Event e = events.get(w);
            if (e.location() == location && (e.kind() == Kind.WRITE || e.kind() == Kind.INIT) && co.contains(last, w)) {
                last = w;
            }
        }
        return value(c, last);
    }

    /** Whether the execution keeps an unknown somewhere: then herd has one execution for all its instances. */
    boolean keepsUnknowns(Candidate c, Solution s) {
        for (ThreadPath p : c.paths()) {
            for (Action.Memory m : p.source().events()) {
                if (s.apply(m.value()).isVar() || s.apply(m.location()).isVar()) {
                    return true;
                }
            }
            for (Atom a : p.source().registers().values()) {
                if (s.apply(a).isVar()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value an event has in herd's terms: its alternative's atom, or an initial write's value. */
    Atom value(Candidate c, int index) {
        return value(c.execution().events(), c.paths(), index);
    }

    private Atom value(List<Event> events, List<ThreadPath> paths, int index) {
        Action.Memory m = symbolic(paths, index);
        return m == null ? Atom.of(events.get(index).value()) : m.value();
    }

    private Atom location(List<Event> events, List<ThreadPath> paths, int index) {
        Action.Memory m = symbolic(paths, index);
        return m == null ? Atom.of(program.layout().address(events.get(index).location())) : m.location();
    }

    /** The alternative's event behind an execution event, or null for an initial write. */
    private Action.Memory symbolic(List<ThreadPath> paths, int index) {
        int at = program.layout().size();
        if (index < at) {
            return null;
        }
        for (ThreadPath p : paths) {
            if (index < at + p.events().size()) {
                return p.source().events().get(index - at);
            }
            at += p.events().size();
        }
        return null;
    }

    /** Whether some value may depend on itself through rf, data and address dependencies, or value flow. */
    private boolean cyclic(List<Event> events, List<ThreadPath> paths, int[] source) {
        int n = events.size();
        Relation.Builder edges = Relation.builder(n);
        int base = program.layout().size();
        for (ThreadPath p : paths) {
            for (Event e : p.events()) {
                int me = base + e.poIndex();
                for (int d = e.data().nextSetBit(0); d >= 0; d = e.data().nextSetBit(d + 1)) {
                    edges.add(base + d, me);
                }
                for (int d = e.addr().nextSetBit(0); d >= 0; d = e.addr().nextSetBit(d + 1)) {
                    edges.add(base + d, me);
                }
                for (int d = e.flow().nextSetBit(0); d >= 0; d = e.flow().nextSetBit(d + 1)) {
                    edges.add(base + d, me); // values flow where herd draws no dependency (mb RMWs)
                }
                if (source[me] >= 0) {
                    edges.add(source[me], me);
                }
            }
            base += p.events().size();
        }
        return !edges.build().isAcyclic();
    }
}
