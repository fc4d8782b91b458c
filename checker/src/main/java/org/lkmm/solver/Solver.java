package org.lkmm.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * herd7's equation solver (herd/valconstraint.ml, solve_topo), step for step: unknowns equal to
 * each other are merged by a union-find and replaced by their parent; then the equations are
 * ordered by dependency and each strongly connected group is solved in one pass. It is not
 * complete (a group may be left unsolved though it has a solution) and herd's verdicts depend
 * on that, so this is a port, not a better solver.
 */
public final class Solver {
    private final Comparator<Long> constants;
    private final Comparator<Atom> atoms;
    private final Comparator<Equation> equations;

    /** constants orders constants as herd's Constant.compare does (integers before addresses). */
    public Solver(Comparator<Long> constants) {
        this.constants = constants;
        this.atoms = (a, b) -> {
            if (a instanceof Atom.Var x) {
                return b instanceof Atom.Var y ? Integer.compare(x.id(), y.id()) : -1;
            }
            return b instanceof Atom.Var ? 1 : constants.compare(((Atom.Val) a).value(), ((Atom.Val) b).value());
        };
        this.equations = this::compareEquations;
    }

    private static final class Contradiction extends Exception {
        Contradiction() {
            super(null, null, false, false);
        }
    }

    /**
     * Whether herd's normalisation is exact for this system: merging its equal unknowns leaves
     * every one under the root of its class, so no equation between unknowns survives it. When
     * it is, and no value depends on itself, the solver determines everything the system
     * determines; when not, only solving the system tells what herd makes of it.
     */
    public static boolean normalisesExactly(List<Equation> system) {
        return partition(system).flat();
    }

    private static Partition partition(List<Equation> system) {
        Partition p = new Partition();
        for (Equation e : system) {
            forEachVar(e, p::add);
        }
        for (Equation e : system) {
            if (e instanceof Equation.Assign a && a.lhs() instanceof Atom.Var v
                    && a.rhs() instanceof Expr.Of o && o.atom() instanceof Atom.Var w) {
                p.union(v.id(), w.id());
            }
        }
        return p;
    }

    /** NoSolns is an empty result; Maybe(sol, cs) a present one. */
    public Optional<Solution> solve(List<Equation> system) {
        Map<Integer, Integer> parent = partition(system).asSolution();
        List<Equation> normalised = new ArrayList<>();
        for (Equation e : system) {
            if (e instanceof Equation.Assign a) {
                Atom lhs = parentOf(a.lhs(), parent);
                Expr rhs = parentOf(a.rhs(), parent);
                if (!(rhs instanceof Expr.Of o && atoms.compare(lhs, o.atom()) == 0)) {
                    normalised.add(new Equation.Assign(lhs, rhs));
                }
            } else {
                normalised.add(e);
            }
        }
        try {
            Map<Integer, Long> fixed = new TreeMap<>();
            List<Equation> unsolved = new ArrayList<>();
            topological(normalised, fixed, unsolved);
            Map<Integer, Atom> values = new TreeMap<>();
            fixed.forEach((x, c) -> values.put(x, Atom.of(c)));
            parent.forEach((x, y) -> values.put(x, fixed.containsKey(y) ? Atom.of(fixed.get(y)) : new Atom.Var(y)));
            return Optional.of(new Solution(values, unsolved));
        } catch (Contradiction c) {
            return Optional.empty();
        }
    }

    private static Atom parentOf(Atom a, Map<Integer, Integer> parent) {
        return a instanceof Atom.Var v && parent.containsKey(v.id()) ? new Atom.Var(parent.get(v.id())) : a;
    }

    private static Expr parentOf(Expr e, Map<Integer, Integer> parent) {
        if (e instanceof Expr.Binop b) {
            return new Expr.Binop(b.op(), parentOf(b.left(), parent), parentOf(b.right(), parent));
        }
        return Expr.of(parentOf(((Expr.Of) e).atom(), parent));
    }

    /** eq2g, then Tarjan's SCCs dependencies first, each solved in one pass (solve_topo_step). */
    private void topological(List<Equation> system, Map<Integer, Long> fixed, List<Equation> unsolved)
            throws Contradiction {
        List<Equation> oriented = new ArrayList<>();
        for (Equation e : system) {
            if (e instanceof Equation.Assign a && a.lhs() instanceof Atom.Val && a.rhs() instanceof Expr.Of o
                    && o.atom() instanceof Atom.Var) {
                oriented.add(new Equation.Assign(o.atom(), Expr.of(a.lhs())));
            } else {
                oriented.add(e);
            }
        }
        Map<Integer, TreeSet<Equation>> defining = new HashMap<>();
        for (Equation e : oriented) {
            if (e instanceof Equation.Assign a && a.lhs() instanceof Atom.Var v) {
                defining.computeIfAbsent(v.id(), k -> new TreeSet<>(equations)).add(e);
            }
        }
        TreeSet<Equation> nodes = new TreeSet<>(equations);
        nodes.addAll(oriented);
        Map<Equation, TreeSet<Equation>> succs = new TreeMap<>(equations);
        for (Equation e : oriented) {
            if (e instanceof Equation.Assign a) {
                forEachVar(a.rhs(), x -> {
                    for (Equation d : defining.getOrDefault(x, new TreeSet<>(equations))) {
                        succs.computeIfAbsent(e, k -> new TreeSet<>(equations)).add(d);
                    }
                });
            }
        }
        new Tarjan(succs, fixed, unsolved).run(nodes);
    }

    /** innerRel.ml's SCC.zyva, with topo_step as the continuation. */
    private final class Tarjan {
        private final Map<Equation, TreeSet<Equation>> succs;
        private final Map<Equation, Integer> visit = new TreeMap<>(equations);
        private final List<Equation> stack = new ArrayList<>(); // top at the end
        private final Map<Integer, Long> fixed;
        private final List<Equation> unsolved;
        private int id;

        Tarjan(Map<Equation, TreeSet<Equation>> succs, Map<Integer, Long> fixed, List<Equation> unsolved) {
            this.succs = succs;
            this.fixed = fixed;
            this.unsolved = unsolved;
        }

        void run(Set<Equation> nodes) throws Contradiction {
            for (Equation n : nodes) {
                dfs(n);
            }
        }

        private int dfs(Equation n) throws Contradiction {
            Integer seen = visit.get(n);
            if (seen != null) {
                return seen;
            }
            int min = id;
            id++;
            visit.put(n, min);
            stack.add(n);
            int own = min;
            for (Equation m : succs.getOrDefault(n, new TreeSet<>(equations))) {
                min = Math.min(min, dfs(m));
            }
            if (min != own) {
                return min;
            }
            List<Equation> scc = new ArrayList<>();
            while (true) {
                Equation top = stack.remove(stack.size() - 1);
                scc.add(top);
                if (equations.compare(top, n) == 0) {
                    break;
                }
            }
            for (Equation m : scc) {
                visit.put(m, Integer.MAX_VALUE);
            }
            for (Equation c : scc) {
                solveOne(c);
            }
            return min;
        }

        /** solve_one: evaluate under what is fixed; record x:=cst, check cst:=cst, keep the rest. */
        private void solveOne(Equation c) throws Contradiction {
            if (!(c instanceof Equation.Assign a)) {
                unsolved.add(0, c);
                return;
            }
            Atom lhs = fix(a.lhs());
            Expr rhs;
            try {
                rhs = evaluate(fixAll(a.rhs()));
            } catch (Arithmetic.Failure f) {
                unsolved.add(0, new Equation.Failed(f.getMessage()));
                return;
            }
            if (rhs instanceof Expr.Of o && o.atom() instanceof Atom.Val value) {
                if (lhs instanceof Atom.Var x) {
                    Long known = fixed.get(x.id());
                    if (known != null && known != value.value()) {
                        throw new Contradiction();
                    }
                    fixed.put(x.id(), value.value());
                    return;
                }
                if (((Atom.Val) lhs).value() != value.value()) {
                    throw new Contradiction();
                }
                return;
            }
            unsolved.add(0, new Equation.Assign(lhs, rhs));
        }

        private Atom fix(Atom a) {
            return a instanceof Atom.Var v && fixed.containsKey(v.id()) ? Atom.of(fixed.get(v.id())) : a;
        }

        private Expr fixAll(Expr e) {
            if (e instanceof Expr.Binop b) {
                return new Expr.Binop(b.op(), fix(b.left()), fix(b.right()));
            }
            return Expr.of(fix(((Expr.Of) e).atom()));
        }
    }

    /** mk_atom_from_expr: an operation whose operands are known becomes its result. */
    static Expr evaluate(Expr e) throws Arithmetic.Failure {
        if (e instanceof Expr.Binop b) {
            try {
                return Expr.of(Arithmetic.apply(b.op(), b.left(), b.right()));
            } catch (Arithmetic.Undetermined u) {
                return e;
            }
        }
        return e;
    }

    private static void forEachVar(Equation e, java.util.function.IntConsumer f) {
        if (e instanceof Equation.Assign a) {
            if (a.lhs() instanceof Atom.Var v) {
                f.accept(v.id());
            }
            forEachVar(a.rhs(), f);
        }
    }

    private static void forEachVar(Expr e, java.util.function.IntConsumer f) {
        if (e instanceof Expr.Binop b) {
            if (b.left() instanceof Atom.Var v) {
                f.accept(v.id());
            }
            if (b.right() instanceof Atom.Var v) {
                f.accept(v.id());
            }
        } else if (((Expr.Of) e).atom() instanceof Atom.Var v) {
            f.accept(v.id());
        }
    }

    /** OrderedEq.compare: Assign before Failed; by left side, then right side. */
    private int compareEquations(Equation x, Equation y) {
        if (x instanceof Equation.Assign a) {
            if (!(y instanceof Equation.Assign b)) {
                return -1;
            }
            int c = atoms.compare(a.lhs(), b.lhs());
            return c != 0 ? c : compareExprs(a.rhs(), b.rhs());
        }
        if (y instanceof Equation.Assign) {
            return 1;
        }
        return ((Equation.Failed) x).reason().compareTo(((Equation.Failed) y).reason());
    }

    private int compareExprs(Expr x, Expr y) {
        if (x instanceof Expr.Of a) {
            return y instanceof Expr.Of b ? atoms.compare(a.atom(), b.atom()) : -1;
        }
        if (y instanceof Expr.Of) {
            return 1;
        }
        Expr.Binop a = (Expr.Binop) x;
        Expr.Binop b = (Expr.Binop) y;
        int c = a.op().compareTo(b.op());
        if (c != 0) {
            return c;
        }
        c = atoms.compare(a.left(), b.left());
        return c != 0 ? c : atoms.compare(a.right(), b.right());
    }
}
