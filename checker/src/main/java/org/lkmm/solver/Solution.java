package org.lkmm.solver;

import java.util.List;
import java.util.Map;

/**
 * What herd7's solver made of a system: the unknowns it fixed (to constants, or to the unknown
 * that names their class) and the equations it could not decide. herd drops a candidate whose
 * system leaves equations other than delayed failures.
 */
public record Solution(Map<Integer, Atom> values, List<Equation> unsolved) {
    public Atom apply(Atom a) {
        return a instanceof Atom.Var v ? values.getOrDefault(v.id(), a) : a;
    }

    public Expr apply(Expr e) {
        if (e instanceof Expr.Binop b) {
            return new Expr.Binop(b.op(), apply(b.left()), apply(b.right()));
        }
        return Expr.of(apply(((Expr.Of) e).atom()));
    }

    /** Whether some equation is left that is not a delayed failure. */
    public boolean leavesEquations() {
        return unsolved.stream().anyMatch(e -> e instanceof Equation.Assign);
    }

    /** The last delayed failure left, if any (herd's get_failed folds left and keeps the last). */
    public java.util.Optional<String> failure() {
        return unsolved.stream().filter(e -> e instanceof Equation.Failed)
                .map(e -> ((Equation.Failed) e).reason()).reduce((first, second) -> second);
    }
}
