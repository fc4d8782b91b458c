package org.lkmm.ast;

/** Propositions of the final clause and of {@code filter}. */
public sealed interface Cond {
    record And(Cond left, Cond right) implements Cond {}

    record Or(Cond left, Cond right) implements Cond {}

    record Implies(Cond left, Cond right) implements Cond {}

    record Not(Cond operand) implements Cond {}

    record Const(boolean value) implements Cond {}

    record Equals(Location location, Value value, boolean negated) implements Cond {}
}
