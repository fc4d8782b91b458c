package org.lkmm.solver;

/** The right-hand sides of herd7's equations (valconstraint.ml): an atom or one operation on atoms. */
public sealed interface Expr {
    record Of(Atom atom) implements Expr {
        @Override
        public String toString() {
            return atom.toString();
        }
    }

    record Binop(Op op, Atom left, Atom right) implements Expr {
        @Override
        public String toString() {
            return left + op.symbol() + right;
        }
    }

    static Of of(Atom a) {
        return new Of(a);
    }
}
