package org.lkmm.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.solver.Arithmetic;
import org.lkmm.solver.Atom;
import org.lkmm.solver.Equation;
import org.lkmm.solver.Expr;

/**
 * The equations of one alternative, read as a program: {@code S := e} defines S once e's
 * unknowns are known, anything else is a check. Evaluating them forward under the values of
 * the reads is what herd7's solver does when no value depends on itself.
 */
final class Definitions {
    private final SymbolicPath path;
    private final Map<Integer, List<Expr>> defining = new HashMap<>();
    /** The read event whose value each read unknown is, by its index in the path. */
    private final Map<Integer, Integer> readOf = new HashMap<>();
    /** The constant an equation "c := v" or "v := c" sets an unknown to. */
    private final Map<Integer, Long> forced = new HashMap<>();
    /** flow(i) once computed, by event index. */
    private final java.util.BitSet[] flows;

    Definitions(SymbolicPath path) {
        this.path = path;
        for (Equation e : path.residual()) {
            if (e instanceof Equation.Assign a && a.lhs() instanceof Atom.Var v) {
                defining.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(a.rhs());
            }
            if (e instanceof Equation.Assign a && a.rhs() instanceof Expr.Of o) {
                if (a.lhs() instanceof Atom.Val c && o.atom() instanceof Atom.Var v) {
                    forced.putIfAbsent(v.id(), c.value());
                } else if (a.lhs() instanceof Atom.Var v && o.atom() instanceof Atom.Val c) {
                    forced.putIfAbsent(v.id(), c.value());
                }
            }
        }
        flows = new java.util.BitSet[path.events().size()];
        for (int i = 0; i < path.events().size(); i++) {
            Action.Memory m = path.events().get(i);
            if (m.kind() == Kind.READ && m.value() instanceof Atom.Var v) {
                readOf.putIfAbsent(v.id(), i);
            }
        }
    }

    SymbolicPath path() {
        return path;
    }

    /** The index of the read whose value the unknown is, if it is one. */
    Optional<Integer> readOf(int var) {
        return Optional.ofNullable(readOf.get(var));
    }

    List<Expr> definitions(int var) {
        return defining.getOrDefault(var, List.of());
    }

    /** The constant an equation of the path ("c := v" or "v := c") sets the unknown to, if one does. */
    Optional<Long> forced(int var) {
        return Optional.ofNullable(forced.get(var));
    }

    /**
     * The indices of the reads whose values event i's value or address is computed from through
     * the equations (Event.flow); the same in every run of the path, so computed once.
     */
    java.util.BitSet flow(int i) {
        if (flows[i] != null) {
            return flows[i];
        }
        Action.Memory m = path.events().get(i);
        java.util.BitSet out = new java.util.BitSet();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Atom> todo = new java.util.ArrayDeque<>(List.of(m.location(), m.value()));
        boolean own = m.kind() == Kind.READ; // a read's own value is no source of itself
        while (!todo.isEmpty()) {
            Atom a = todo.pop();
            if (!(a instanceof Atom.Var v) || !seen.add(v.id())) {
                continue;
            }
            if (own && a.equals(m.value())) {
                own = false;
            } else {
                readOf(v.id()).ifPresent(out::set);
            }
            for (Expr e : definitions(v.id())) {
                if (e instanceof Expr.Binop b) {
                    todo.push(b.left());
                    todo.push(b.right());
                } else {
                    todo.push(((Expr.Of) e).atom());
                }
            }
        }
        flows[i] = out;
        return out;
    }

    /** The value of an atom under known values, defining what can be defined; empty if unknown yet. */
    static Optional<Long> value(Atom a, Map<Integer, Long> known) {
        if (a instanceof Atom.Val v) {
            return Optional.of(v.value());
        }
        return Optional.ofNullable(known.get(((Atom.Var) a).id()));
    }

    static Optional<Long> value(Expr e, Map<Integer, Long> known) throws Arithmetic.Failure {
        if (e instanceof Expr.Of o) {
            return value(o.atom(), known);
        }
        Expr.Binop b = (Expr.Binop) e;
        Optional<Long> x = value(b.left(), known);
        Optional<Long> y = value(b.right(), known);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Arithmetic.apply(b.op(), x.get(), y.get()));
    }

    /** What forward evaluation of every equation found: consistent, or a check failed. */
    enum Outcome { CONSISTENT, INCONSISTENT, FAILED }

    /**
     * Defines every unknown the equations determine from known (which grows) and checks every
     * equation whose sides are known. FAILED: an operation raised herd's error (kept: an error
     * only if an allowed execution carries it).
     */
    Outcome propagate(Map<Integer, Long> known) {
        boolean failed = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : path.residual()) {
                if (!(e instanceof Equation.Assign a)) {
                    failed = true;
                    continue;
                }
                Optional<Long> rhs;
                try {
                    rhs = value(a.rhs(), known);
                } catch (Arithmetic.Failure f) {
                    failed = true;
                    continue;
                }
                Optional<Long> lhs = value(a.lhs(), known);
                if (rhs.isPresent() && lhs.isPresent()) {
                    if (rhs.get() == Arithmetic.POISON || lhs.get() == Arithmetic.POISON) {
                        continue; // herd's equation fails as a whole: not this branch's to decide
                    }
                    if (!rhs.get().equals(lhs.get())) {
                        return Outcome.INCONSISTENT;
                    }
                } else if (rhs.isPresent() && a.lhs() instanceof Atom.Var v) {
                    known.put(v.id(), rhs.get());
                    changed = true;
                } else if (lhs.isPresent() && a.rhs() instanceof Expr.Of o && o.atom() instanceof Atom.Var v) {
                    known.put(v.id(), lhs.get());
                    changed = true;
                }
            }
        }
        return failed ? Outcome.FAILED : Outcome.CONSISTENT;
    }

    /** An error herd raises, and the unknown the failing operation defines (-1 if the solver left only the error). */
    record Failure(String reason, int var) {}

    /** The error herd raises for this run: a delayed failure, or an operation failing on its values. */
    Optional<Failure> failure(Map<Integer, Long> known) {
        for (Equation e : path.residual()) {
            if (e instanceof Equation.Failed f) {
                return Optional.of(new Failure(f.reason(), -1));
            }
            Equation.Assign a = (Equation.Assign) e;
            try {
                value(a.rhs(), known);
            } catch (Arithmetic.Failure f) {
                return Optional.of(new Failure(f.getMessage(), a.lhs() instanceof Atom.Var v ? v.id() : -1));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether every equation's sides are known (after propagate). An operation that fails is
     * known to fail, and so is whatever depends on what it would have defined: herd keeps the
     * failure and raises it if an allowed execution runs this.
     */
    boolean allKnown(Map<Integer, Long> known) {
        if (path.residual().stream().anyMatch(e -> e instanceof Equation.Failed)) {
            // herd keeps a candidate whose equations left a failure, whatever else they left
            // (mem.ml, calculate_rf_with_cnstrnts): what an unknown the failure left undefined
            // flows into stays unknown
            return true;
        }
        java.util.Set<Integer> failed = failedUnknowns(known);
        for (Equation e : path.residual()) {
            if (e instanceof Equation.Assign a && !failed(a, known, failed)) {
                try {
                    if (value(a.rhs(), known).isEmpty() || value(a.lhs(), known).isEmpty()) {
                        return false;
                    }
                } catch (Arithmetic.Failure f) {
                    throw new IllegalStateException(f);
                }
            }
        }
        return true;
    }

    /** The unknowns a failing operation leaves undefined, and those defined from them. */
    java.util.Set<Integer> failedUnknowns(Map<Integer, Long> known) {
        java.util.Set<Integer> failed = new java.util.HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation e : path.residual()) {
                if (e instanceof Equation.Assign a && a.lhs() instanceof Atom.Var v && !failed.contains(v.id())
                        && failed(a, known, failed)) {
                    failed.add(v.id());
                    changed = true;
                }
            }
        }
        return failed;
    }

    private static boolean failed(Equation.Assign a, Map<Integer, Long> known, java.util.Set<Integer> failed) {
        if (a.lhs() instanceof Atom.Var v && failed.contains(v.id())) {
            return true;
        }
        if (a.rhs() instanceof Expr.Binop b) {
            if (mentions(b.left(), failed) || mentions(b.right(), failed)) {
                return true;
            }
        } else if (mentions(((Expr.Of) a.rhs()).atom(), failed)) {
            return true;
        }
        try {
            value(a.rhs(), known);
            return false;
        } catch (Arithmetic.Failure f) {
            return true;
        }
    }

    private static boolean mentions(Atom a, java.util.Set<Integer> vars) {
        return a instanceof Atom.Var v && vars.contains(v.id());
    }
}
