package org.lkmm.cat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * Set matching ({@code match s with {} -> a || x ++ rest -> b end}) and the conditions of
 * {@code if}: equality, subset and membership, as in interpreter.ml. A non-empty set is split
 * at its first member (herd takes its least; a set built by recursion over it is the same).
 */
final class Matches {
    private final Eval eval;

    Matches(Eval eval) {
        this.eval = eval;
    }

    Value matchSet(Node.MatchSet m, Locals l, Ctx c) {
        Value v = eval.eval(m.scrutinee, l, c);
        if (v instanceof Value.Universe) {
            throw new CatError(m.pos, "Cannot set-match on universe");
        }
        Value element;
        Value rest;
        if (v instanceof Value.Events e && !e.set().isEmpty()) {
            int first = e.set().members()[0];
            element = new Value.Event(first);
            rest = new Value.Events(e.set().minus(EventSet.of(c.st.n, i -> i == first)));
        } else if (v instanceof Value.Rel r && !r.rel().isEmpty()) {
            int[] pair = firstPair(r.rel());
            element = new Value.Pair(pair[0], pair[1]);
            Relation.Builder b = Relation.builder(c.st.n);
            r.rel().forEach((x, y) -> {
                if (x != pair[0] || y != pair[1]) {
                    b.add(x, y);
                }
            });
            rest = new Value.Rel(b.build());
        } else if (v instanceof Value.ValSet s && !s.elements().isEmpty()) {
            List<Value> all = new ArrayList<>(s.elements());
            element = all.get(0);
            Set<Value> others = new LinkedHashSet<>(all.subList(1, all.size()));
            rest = new Value.ValSet(s.tagType(), others);
        } else if (v instanceof Value.Empty || v instanceof Value.Events || v instanceof Value.Rel
                || v instanceof Value.ValSet) {
            return eval.eval(m.ifEmpty, l, c);
        } else {
            throw new CatError(m.scrutinee.pos, "set-matching on non-set value of type '" + Value.typeName(v) + "'");
        }
        Locals inner = l;
        if (m.split3) {
            inner = inner.bind(m.before, emptyLike(rest, c)).bind(m.element, element).bind(m.after, rest);
        } else {
            inner = inner.bind(m.element, element).bind(m.after, rest);
        }
        return eval.eval(m.body, inner, c);
    }

    private static Value emptyLike(Value v, Ctx c) {
        if (v instanceof Value.Events) {
            return new Value.Events(EventSet.empty(c.st.n));
        } else if (v instanceof Value.Rel) {
            return new Value.Rel(c.st.emptyRel());
        }
        return new Value.ValSet(((Value.ValSet) v).tagType(), Set.of());
    }

    private static int[] firstPair(Relation r) {
        int[] out = {-1, -1};
        r.forEach((x, y) -> {
            if (out[0] < 0) {
                out[0] = x;
                out[1] = y;
            }
        });
        return out;
    }

    boolean condition(Node.If i, Locals l, Ctx c) {
        Value a = eval.eval(i.left, l, c);
        if (i.kind == Node.If.Kind.EQ) {
            return Ops.same(a, eval.eval(i.right, l, c));
        }
        Value b = eval.eval(i.right, l, c);
        Ops ops = c.st.ops;
        if (i.kind == Node.If.Kind.SUBSET) {
            if (a instanceof Value.ValSet x && b instanceof Value.ValSet y) {
                return y.elements().containsAll(x.elements());
            } else if (a instanceof Value.Events || b instanceof Value.Events) {
                return ops.asEvents(a, i.left.pos).minus(ops.asEvents(b, i.right.pos)).isEmpty();
            }
            return ops.asRel(a, i.left.pos).minus(ops.asRel(b, i.right.pos)).isEmpty();
        }
        if (a instanceof Value.Event e) {
            return ops.asEvents(b, i.right.pos).contains(e.event());
        } else if (a instanceof Value.Pair p) {
            return ops.asRel(b, i.right.pos).contains(p.from(), p.to());
        } else if (a instanceof Value.Tuple t && t.elements().size() == 2
                && t.elements().get(0) instanceof Value.Event x && t.elements().get(1) instanceof Value.Event y) {
            return ops.asRel(b, i.right.pos).contains(x.event(), y.event());
        } else if (b instanceof Value.ValSet s) {
            return s.elements().contains(a);
        }
        throw new CatError(i.right.pos, "set expected, found " + Value.typeName(b));
    }
}
