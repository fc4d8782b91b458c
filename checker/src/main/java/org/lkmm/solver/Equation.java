package org.lkmm.solver;

/**
 * One of herd7's constraints (valconstraint.ml): {@code lhs := rhs}, whose left side may be a
 * constant (a check such as {@code 1:=S2==0}), or an operation that failed and was delayed, an
 * error only if an execution the model allows carries it (division by zero).
 */
public sealed interface Equation {
    record Assign(Atom lhs, Expr rhs) implements Equation {
        @Override
        public String toString() {
            return lhs + ":=" + rhs;
        }
    }

    record Failed(String reason) implements Equation {
        @Override
        public String toString() {
            return "Failed " + reason;
        }
    }

    static Assign assign(Atom lhs, Expr rhs) {
        return new Assign(lhs, rhs);
    }

    static Assign assign(Atom lhs, Atom rhs) {
        return new Assign(lhs, Expr.of(rhs));
    }
}
