package org.lkmm.solver;

/**
 * A value as herd7's symbolic values are (lib/symbValue.ml): an unknown {@code S<n>} or a
 * constant. Constants are 32-bit integers or addresses, as {@code long}s (see Arithmetic).
 */
public sealed interface Atom {
    /** An unknown, S{id} in herd's output; ids come from one counter per test. */
    record Var(int id) implements Atom {
        @Override
        public String toString() {
            return "S" + id;
        }
    }

    record Val(long value) implements Atom {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    static Val of(long v) {
        return new Val(v);
    }

    default boolean isVar() {
        return this instanceof Var;
    }
}
