package org.lkmm.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lkmm.ast.InitEntry;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.ast.Param;
import org.lkmm.ast.Process;
import org.lkmm.ast.Stmt;
import org.lkmm.diag.InputError;

/** Checks a parsed test for names that do not exist before any event is built. */
final class Validation {
    private final LitmusTest test;
    private final Map<Integer, Set<String>> registers = new HashMap<>();
    private final Set<String> variables;

    Validation(LitmusTest test) {
        this.test = test;
        this.variables = Lowering.declared(test).keySet();
    }

    /** The locations the condition, the filter and the locations line name. */
    static List<Location> observedLocations(LitmusTest test) {
        List<Location> used = new ArrayList<>(test.locations());
        test.filter().ifPresent(f -> used.addAll(f.locations()));
        test.clause().ifPresent(c -> used.addAll(c.cond().locations()));
        return used;
    }

    /**
     * Refuses what herd7 refuses; returns one-line warnings for what it accepts but looks like a
     * mistake: a register or variable the condition names and nothing declares (herd7 reads 0).
     */
    List<String> check() throws InputError {
        Set<String> initialised = new HashSet<>();
        for (InitEntry e : test.init()) {
            String location = e.isRegister() ? e.process() + ":" + e.name() : "[" + e.name() + "]";
            if (!initialised.add(location)) {
                // herd7 builds its initial state entry by entry (state_add_if_undefined)
                throw new InputError(e.pos(), "Address " + location + " non-unique in init state:"
                        + " herd7 takes one initial value per location");
            }
        }
        Set<Integer> seen = new HashSet<>();
        for (Process p : test.processes()) {
            if (!seen.add(p.id())) {
                throw new InputError(p.pos(), "process P" + p.id() + " is defined twice");
            }
            if (p.body().isEmpty()) {
                // herd7's grammar wants one instruction at least: "unexpected '}'"
                throw new InputError(p.pos(), "P" + p.id() + " has an empty body, which herd7 does not accept");
            }
            int expected = seen.size() - 1;
            if (p.id() != expected) {
                // herd7 numbers threads by their place: "Processes must be P0, P1, ..."
                throw new InputError(p.pos(), "Processes must be P0, P1, ... in order: P" + p.id() + " where P"
                        + expected + " is expected");
            }
            Set<String> params = new HashSet<>();
            for (Param param : p.params()) {
                if (!params.add(param.name())) {
                    throw new InputError(param.pos(), "parameter '" + param.name() + "' appears twice");
                }
            }
            Set<String> regs = new HashSet<>();
            collect(p.body(), regs);
            registers.put(p.id(), regs);
        }
        for (InitEntry e : test.init()) {
            if (e.isRegister()) {
                if (!seen.contains(e.process())) {
                    throw new InputError(e.pos(), "no process P" + e.process() + " for register " + e.process() + ":" + e.name());
                }
                registers.get(e.process()).add(e.name());
            }
        }
        List<String> warnings = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (Location l : observedLocations(test)) {
            if (l instanceof Location.Register r) {
                Set<String> known = registers.get(r.process());
                if (known == null) {
                    throw new InputError(r.pos(), "no process P" + r.process() + " for " + r);
                }
                if (!known.contains(r.name()) && said.add(r.toString())) {
                    warnings.add(r.pos() + ": warning: P" + r.process() + " has no register '" + r.name()
                            + "'; herd7 reads it as 0");
                }
            } else if (l instanceof Location.Memory m && !variables.contains(m.name()) && said.add(m.name())) {
                warnings.add(m.pos() + ": warning: no process or init entry declares '" + m.name()
                        + "'; herd7 reads it as 0, its initial value");
            }
        }
        return warnings;
    }

    /** The registers a process declares or assigns anywhere in its body. */
    static Set<String> registersOf(Process p) {
        Set<String> regs = new HashSet<>();
        collect(p.body(), regs);
        return regs;
    }

    private static void collect(List<Stmt> body, Set<String> regs) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Declare d) {
                regs.add(d.name());
            } else if (s instanceof Stmt.Assign a) {
                regs.add(a.register());
            } else if (s instanceof Stmt.If i) {
                collect(List.of(i.then()), regs);
                i.otherwise().ifPresent(o -> collect(List.of(o), regs));
            } else if (s instanceof Stmt.While w) {
                collect(List.of(w.body()), regs);
            } else if (s instanceof Stmt.Block b) {
                collect(b.body(), regs);
            }
        }
    }
}
