package org.lkmm.ast;

import java.util.ArrayList;
import java.util.List;

/** Propositions of the final clause and of {@code filter}. */
public sealed interface Cond {
    record And(Cond left, Cond right) implements Cond {}

    record Or(Cond left, Cond right) implements Cond {}

    record Implies(Cond left, Cond right) implements Cond {}

    record Not(Cond operand) implements Cond {}

    record Const(boolean value) implements Cond {}

    record Equals(Location location, Value value, boolean negated) implements Cond {}

    /** Every location the proposition reads, in order of appearance, repeats included. */
    default List<Location> locations() {
        List<Location> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Cond c, List<Location> out) {
        if (c instanceof And a) {
            collect(a.left(), out);
            collect(a.right(), out);
        } else if (c instanceof Or o) {
            collect(o.left(), out);
            collect(o.right(), out);
        } else if (c instanceof Implies i) {
            collect(i.left(), out);
            collect(i.right(), out);
        } else if (c instanceof Not n) {
            collect(n.operand(), out);
        } else if (c instanceof Equals e) {
            out.add(e.location());
            if (e.value() instanceof Value.Of o) {
                out.add(o.location());
            }
        }
    }
}
