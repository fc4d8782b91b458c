package org.lkmm.verdict;

import org.lkmm.ast.Cond;

/** Prints a proposition back the way herd7's Condition line does. */
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
        return e.negated() ? "not (" + e.location() + "=" + e.value() + ")" : e.location() + "=" + e.value();
    }

    private static String operand(Cond inner, Cond outer) {
        boolean sameKind = inner.getClass() == outer.getClass();
        boolean atomic = inner instanceof Cond.Equals || inner instanceof Cond.Const || inner instanceof Cond.Not;
        return atomic || sameKind ? of(inner) : "(" + of(inner) + ")";
    }
}
