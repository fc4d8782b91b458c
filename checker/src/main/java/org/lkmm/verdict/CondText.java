package org.lkmm.verdict;

import org.lkmm.ast.Cond;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;

/**
 * Prints a proposition back the way herd7's Condition line does (lib/constrGen.ml): negations as
 * {@code not (...)}, memory as {@code [x]}, numbers in signed decimal, and parentheses only where
 * herd's precedence needs them (\/ below /\ below =>), never around a child of the same kind.
 */
final class CondText {
    private CondText() {}

    static String of(Cond c) {
        if (c instanceof Cond.And a) {
            return operand(a.left(), c) + " /\\ " + operand(a.right(), c);
        }
        if (c instanceof Cond.Or o) {
            return operand(o.left(), c) + " \\/ " + operand(o.right(), c);
        }
        if (c instanceof Cond.Implies i) {
            return operand(i.left(), c) + " => " + operand(i.right(), c);
        }
        if (c instanceof Cond.Not n) {
            return "not (" + of(n.operand()) + ")";
        }
        if (c instanceof Cond.Const k) {
            return k.value() ? "true" : "false";
        }
        Cond.Equals e = (Cond.Equals) c;
        String atom = location(e.location()) + "=" + value(e.value());
        return e.negated() ? "not (" + atom + ")" : atom;
    }

    /** herd's is_paren: an Or or Implies under an And, an Implies under an Or, an And or Or under an Implies. */
    private static String operand(Cond inner, Cond outer) {
        boolean paren = outer instanceof Cond.And && (inner instanceof Cond.Or || inner instanceof Cond.Implies)
                || outer instanceof Cond.Or && inner instanceof Cond.Implies
                || outer instanceof Cond.Implies && (inner instanceof Cond.And || inner instanceof Cond.Or);
        return paren ? "(" + of(inner) + ")" : of(inner);
    }

    /** A location as herd prints it: {@code 1:r0} for a register, {@code [x]} for memory. */
    static String location(Location l) {
        return l instanceof Location.Memory m ? "[" + m.name() + "]" : l.toString();
    }

    private static String value(Value v) {
        return v instanceof Value.Of o ? location(o.location()) : v.toString();
    }
}
