package org.lkmm.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;
import org.lkmm.solver.Solution;
import org.lkmm.solver.Solver;

/**
 * herd7's register stage (herd/mem.ml, solve_regs): each register read takes the value of the
 * last write to that register before it in the alternative, or the register's initial value;
 * these equations and the alternative's own are solved. An alternative with no solution is gone
 * (the untaken side of a branch on a register holding a constant); otherwise its values are
 * rewritten with the solution, its dependencies computed, and what is left goes on to the memory
 * stage.
 */
final class RegisterStage {
    private final Solver solver;
    /** Where the unknowns of operations come from (Monad.Counters), kept for the unknowns that stand for them. */
    private final Map<Integer, org.lkmm.ast.SourcePos> origins;

    RegisterStage(Solver solver, Map<Integer, org.lkmm.ast.SourcePos> origins) {
        this.solver = solver;
        this.origins = origins;
    }

    Optional<SymbolicPath> solve(int thread, int alternative, Monad.Elt<ThreadSemantics.After> alt,
                                 Map<String, Long> initialRegisters) {
        List<Equation> registerEquations = new ArrayList<>();
        Map<String, Atom> last = new LinkedHashMap<>();
        List<Action.Memory> events = new ArrayList<>();
        Optional<org.lkmm.ast.SourcePos> cutAt = Optional.empty();
        List<Action> actions = alt.actions().toList();
        for (Action a : actions) {
            if (a instanceof Action.RegisterRead r) {
                Atom stored = last.containsKey(r.register()) ? last.get(r.register())
                        : Atom.of(initialRegisters.getOrDefault(r.register(), 0L));
                registerEquations.add(0, Equation.assign(new Atom.Var(r.var()), stored)); // herd conses them
            } else if (a instanceof Action.RegisterWrite w) {
                last.put(w.register(), w.value());
            } else if (a instanceof Action.Memory m) {
                events.add(m);
            } else if (a instanceof Action.CutOff cut && cutAt.isEmpty()) {
                cutAt = Optional.of(cut.origin().pos());
            }
        }
        List<Equation> own = alt.equations().toList();
        List<Equation> system = new ArrayList<>(registerEquations);
        system.addAll(own);
        Optional<Solution> solved = solver.solve(system);
        if (solved.isEmpty()) {
            return Optional.empty();
        }
        Solution s = solved.get();
        // an operation's unknown (one this alternative defines) the solution renames, a register
        // read of it standing for it: the same place
        for (Equation e : own) {
            if (e instanceof Equation.Assign a && a.lhs() instanceof Atom.Var op && origins.containsKey(op.id())
                    && s.apply(op) instanceof Atom.Var v) {
                origins.putIfAbsent(v.id(), origins.get(op.id()));
            }
        }
        Dependencies deps = new Dependencies(actions);
        List<Action.Memory> simplified = new ArrayList<>(events.size());
        for (Action.Memory m : events) {
            simplified.add(deps.complete(m, s.apply(m.location()), s.apply(m.value())));
        }
        Map<String, Atom> registers = new LinkedHashMap<>();
        initialRegisters.forEach((r, v) -> registers.put(r, Atom.of(v)));
        last.forEach((r, v) -> registers.put(r, s.apply(v)));
        return Optional.of(new SymbolicPath(thread, alternative, List.copyOf(simplified), registers,
                List.copyOf(s.unsolved()), cutAt));
    }
}
