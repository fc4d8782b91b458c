package org.lkmm.cat;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * Lets and let recs as herd's env_rec does: functions alone are mutually recursive closures;
 * with values, every value starts empty and the bindings are evaluated in order, each seeing
 * the others' latest values, until no value gains anything (herd's "stabilised").
 */
final class Fixpoint {
    private final Eval eval;

    Fixpoint(Eval eval) {
        this.eval = eval;
    }

    /** The locals of a local let or let rec, on top of l. */
    Locals bind(List<Node.LocalBinding> bindings, boolean recursive, Locals l, Ctx c) {
        Locals out = l;
        if (!recursive) {
            for (Node.LocalBinding b : bindings) {
                out = bindLazily(b, l, out, c);
            }
            return out;
        }
        List<Locals> cells = new ArrayList<>();
        for (Node.LocalBinding b : bindings) {
            if (b.pat().tuple() || b.pat().names().get(0).isEmpty()) {
                throw new CatError(b.value().pos, "let rec binds names, not tuples or _");
            }
            out = out.bind(b.pat().names().get(0).get(), Value.EMPTY);
            cells.add(out);
        }
        List<Integer> values = new ArrayList<>();
        for (int k = 0; k < bindings.size(); k++) {
            if (bindings.get(k).value() instanceof Node.Fun) {
                cells.get(k).set(eval.eval(bindings.get(k).value(), out, c));
            } else {
                values.add(k);
            }
        }
        List<Value> old = empties(values.size());
        while (!values.isEmpty()) {
            List<Value> now = new ArrayList<>();
            for (int k : values) {
                Value v = eval.eval(bindings.get(k).value(), out, c);
                cells.get(k).set(v);
                now.add(v);
            }
            if (stabilised(old, now, c, bindings.get(values.get(0)).value())) {
                break;
            }
            old = now;
        }
        return out;
    }

    private Locals bindLazily(Node.LocalBinding b, Locals outer, Locals into, Ctx c) {
        if (!b.pat().tuple()) {
            return into.bindLazily(b.pat().names().get(0).orElse(null), () -> eval.eval(b.value(), outer, c));
        }
        Locals whole = Locals.NONE.bindLazily("(tuple)", () -> eval.eval(b.value(), outer, c));
        Locals out = into;
        for (int k = 0; k < b.pat().names().size(); k++) {
            int index = k;
            out = out.bindLazily(b.pat().names().get(k).orElse(null), () -> {
                List<Value> parts = Eval.components(whole.get());
                if (index >= parts.size()) {
                    throw new CatError(b.value().pos, "binding mismatch");
                }
                return parts.get(index);
            });
        }
        return out;
    }

    /** A top-level let rec group: its slots get their values, in the structure or the execution. */
    void group(List<Slot> group, Ctx c) {
        Value[] memo = group.get(0).dynamic() ? c.dyn : null;
        Ctx where = memo == null ? c.st.ctx : c;
        List<Slot> values = new ArrayList<>();
        for (Slot s : group) {
            if (s.node instanceof Node.Fun) {
                put(s, memo, where, eval.eval(s.node, Locals.NONE, where));
            } else {
                put(s, memo, where, Value.EMPTY);
                values.add(s);
            }
        }
        List<Value> old = empties(values.size());
        while (!values.isEmpty()) {
            List<Value> now = new ArrayList<>();
            for (Slot s : values) {
                Value v = eval.eval(s.node, Locals.NONE, where);
                put(s, memo, where, v);
                now.add(v);
            }
            if (stabilised(old, now, where, values.get(0).node)) {
                break;
            }
            old = now;
        }
    }

    private static void put(Slot s, Value[] memo, Ctx where, Value v) {
        if (memo != null) {
            memo[s.index] = v;
        } else {
            where.st.setSlot(s.index, v);
        }
    }

    private static List<Value> empties(int n) {
        List<Value> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(Value.EMPTY);
        }
        return out;
    }

    /** herd's stabilised: every new value is contained in the previous one. */
    private static boolean stabilised(List<Value> old, List<Value> now, Ctx c, Node at) {
        for (int k = 0; k < old.size(); k++) {
            Value v = old.get(k);
            Value w = now.get(k);
            boolean ok;
            if (w instanceof Value.Empty || v instanceof Value.Universe) {
                ok = true;
            } else if (w instanceof Value.Rel r) {
                Relation before = v instanceof Value.Rel x ? x.rel() : v instanceof Value.Empty ? c.st.emptyRel() : null;
                ok = before != null && r.rel().minus(before).isEmpty();
            } else if (w instanceof Value.Events e) {
                EventSet before = v instanceof Value.Events x ? x.set() : v instanceof Value.Empty ? EventSet.empty(c.st.n) : null;
                ok = before != null && e.set().minus(before).isEmpty();
            } else if (w instanceof Value.ValSet s) {
                ok = v instanceof Value.ValSet x ? x.elements().containsAll(s.elements())
                        : v instanceof Value.Empty && s.elements().isEmpty();
            } else if (w instanceof Value.Universe) {
                ok = v instanceof Value.Rel x && x.rel().equals(c.st.universeRel());
            } else {
                throw new CatError(at.pos, "illegal recursion on type '" + Value.typeName(w) + "'");
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
