package org.lkmm.cat;

import java.util.List;
import org.lkmm.ast.cat.Exp.Op1Kind;
import org.lkmm.ast.cat.Exp.OpKind;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * Sequence and intersection, whose meaning looks at the syntax of their operands ([S] in a
 * sequence restricts its neighbours; & with a product filters, with a complement subtracts),
 * and which skip the other operands when a static one is empty.
 */
final class Combine {
    private final Eval eval;

    Combine(Eval eval) {
        this.eval = eval;
    }

    /** An empty relation or set: what & and \ with it give, without looking at the other side. */
    static boolean isEmpty(Value v) {
        return v instanceof Value.Empty || v instanceof Value.Rel r && r.rel().isEmpty()
                || v instanceof Value.Events e && e.set().isEmpty();
    }

    /**
     * r & (A * B) filters r; r & ~s is r \ s (interpreter.ml's special cases). A static operand
     * is looked at first, and when it is empty so is the intersection (pre-race & ... when
     * nothing is plain): herd evaluates the other side too, to the same value.
     */
    Value inter(Node.Nary op, Node a, Node b, Locals l, Ctx c) {
        Node first = b.isStatic() && !a.isStatic() ? b : a;
        if (first.isStatic() && !(first instanceof Node.Nary p && p.op == OpKind.CARTESIAN)
                && !(first instanceof Node.Unary u && u.op == Op1Kind.COMP)) {
            Value v = eval.eval(first, l, c);
            if (isEmpty(v)) {
                return v;
            }
        }
        Node rel = null;
        Node.Nary product = null;
        if (b instanceof Node.Nary p && p.op == OpKind.CARTESIAN) {
            rel = a;
            product = p;
        } else if (a instanceof Node.Nary p && p.op == OpKind.CARTESIAN) {
            rel = b;
            product = p;
        }
        if (product != null) {
            Relation r = c.st.ops.asRel(eval.eval(rel, l, c), rel.pos);
            EventSet from = membership(product.operands.get(0), l, c);
            EventSet to = membership(product.operands.get(1), l, c);
            return new Value.Rel(r.restrict(from, to));
        }
        if (b instanceof Node.Unary u && u.op == Op1Kind.COMP) {
            return c.st.ops.diff(eval.eval(a, l, c), eval.eval(u.operand, l, c), op.pos);
        } else if (a instanceof Node.Unary u && u.op == Op1Kind.COMP) {
            return c.st.ops.diff(eval.eval(b, l, c), eval.eval(u.operand, l, c), op.pos);
        }
        return c.st.ops.inter(eval.eval(a, l, c), eval.eval(b, l, c), op.pos);
    }

    /** herd's eval_events_mem: a set, an event, empty (nothing) or the universe (everything). */
    EventSet membership(Node n, Locals l, Ctx c) {
        return c.st.ops.asEvents(eval.eval(n, l, c), n.pos);
    }

    /**
     * e1 ; e2 ; ...: an operand [S] restricts, others compose. Static operands are looked at
     * first, so that an empty one spares the others (a sequence through lk-rmw when there are
     * no locks); herd evaluates them all, which differs only for a model that fails anyway.
     */
    Value seq(Node.Nary op, Locals l, Ctx c) {
        if (op.runBase >= 0 && c.isExecution()) {
            return seqByRuns(op, l, c);
        }
        List<Node> xs = op.operands;
        Object[] parts = new Object[xs.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < parts.length; k++) {
                Node x = xs.get(k);
                if (parts[k] != null || (pass == 0) != x.isStatic()) {
                    continue;
                }
                Object p = part(x, l, c);
                if (isNothing(p)) {
                    return p == Value.EMPTY ? Value.EMPTY : new Value.Rel(c.st.emptyRel());
                }
                parts[k] = p;
            }
        }
        return asValue(fold(parts, 0, parts.length));
    }

    /**
     * A sequence inside a let rec being iterated (rcu-order): the products of its runs of
     * operands that the iteration does not change (rcu-gp ; rcu-link) are kept for the
     * execution, so each round composes only around the iterated names, as Rcu.java does.
     */
    private Value seqByRuns(Node.Nary op, Locals l, Ctx c) {
        List<Node> xs = op.operands;
        Object[] parts = new Object[xs.size()];
        int i = 0;
        while (i < parts.length) {
            int j = i;
            while (j < parts.length && !xs.get(j).unstable) {
                j++;
            }
            Object p;
            if (j - i >= 2) {
                p = c.run(op.runBase + i);
                if (p == null) {
                    Object[] run = new Object[j - i];
                    for (int k = i; k < j && !isNothing(p); k++) {
                        run[k - i] = part(xs.get(k), l, c);
                        p = isNothing(run[k - i]) ? run[k - i] : null;
                    }
                    p = p != null ? p : fold(run, 0, run.length);
                    c.run(op.runBase + i, p);
                }
                i = j;
            } else {
                p = part(xs.get(i), l, c);
                i++;
            }
            if (isNothing(p)) {
                return p == Value.EMPTY ? Value.EMPTY : new Value.Rel(c.st.emptyRel());
            }
            parts[i - 1] = p;
        }
        return asValue(fold(parts, 0, parts.length));
    }

    private static boolean isNothing(Object p) {
        return p == Value.EMPTY || p instanceof Relation r && r.isEmpty() || p instanceof EventSet s && s.isEmpty();
    }

    /** parts[from..to) composed; null entries (folded into a run before them) are skipped. */
    private static Object fold(Object[] parts, int from, int to) {
        EventSet domain = null;
        Relation acc = null;
        for (int k = from; k < to; k++) {
            Object p = parts[k];
            if (p == null) {
                continue;
            }
            if (p instanceof EventSet s) {
                if (acc == null) {
                    domain = domain == null ? s : domain.intersect(s);
                } else {
                    acc = acc.to(s);
                }
            } else {
                Relation r = (Relation) p;
                acc = acc == null ? (domain == null ? r : r.from(domain)) : acc.seq(r);
            }
        }
        return acc != null ? acc : domain;
    }

    private static Value asValue(Object folded) {
        return new Value.Rel(folded instanceof Relation r ? r : Relation.identity((EventSet) folded));
    }

    private Object part(Node x, Locals l, Ctx c) {
        if (x instanceof Node.Unary u && u.op == Op1Kind.TO_ID) {
            return membership(u.operand, l, c);
        }
        Value v = eval.eval(x, l, c);
        if (v instanceof Value.Empty) {
            return Value.EMPTY;
        }
        return c.st.ops.asRel(v, x.pos);
    }

}
