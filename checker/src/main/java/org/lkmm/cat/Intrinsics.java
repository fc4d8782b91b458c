package org.lkmm.cat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * herd library functions computed natively, when the model's definition is herd's own (same
 * fingerprint, and the same for the definitions it calls). cross.cat's generate_orders(s, pco)
 * = cross(co_locs(pco, partition s)) builds every union of one linearisation of pco per
 * location of s; inside an execution, with linearisations guarded (Orders), that is the
 * execution's own rf | co on s when it is a total order per location containing pco, else
 * nothing. Interpreting cross.cat's recursion for that took longer than the rest of the model.
 * In an execution whose co is not chosen yet, it says instead which orders co may take.
 */
final class Intrinsics {
    static final String GENERATE_ORDERS = "generate_orders";

    /**
     * Fingerprints of herd 7.58's cross.cat and stdlib.cat definitions this relies on, each with
     * the primitives it calls (a model that redefines linearisations gets no intrinsic).
     */
    private static final Map<String, String> HERD = Map.of(
            "generate_orders", "b46d524bcee23dcb:",
            "cross", "a024ad958f54109c:",
            "co_locs", "9c9f83ee2910c196:linearisations",
            "partition", "2d1b23a186afe43b:classes-loc");

    private Intrinsics() {}

    /**
     * The intrinsic a new definition of name stands for, or null: fingerprints maps each
     * global name (as the model has it now) to the fingerprint of its definition.
     */
    static String recognise(String name, String fingerprint, Map<String, String> fingerprints) {
        if (!name.equals(GENERATE_ORDERS) || !HERD.get(name).equals(fingerprint)) {
            return null;
        }
        for (String callee : List.of("cross", "co_locs", "partition")) {
            if (!HERD.get(callee).equals(fingerprints.get(callee))) {
                return null;
            }
        }
        return GENERATE_ORDERS;
    }

    /** Beyond this many orders of one location, the enumerator is left to list them itself. */
    static final int MAX_ORDERS = 50_000;

    /**
     * What generate_orders was asked for in an execution without co: per location (of the
     * events of s), every order of its events that contains pco, first to last. Its value, the
     * marker, is a set only a with-from may take (Runner.runWithoutCo); then each co is a
     * member exactly when it takes one of these orders at each location.
     */
    record Wanted(Value marker, Map<Integer, List<int[]>> orders) {}

    /**
     * generate_orders((s, pco)) where co is not known: {} when some location has no order
     * containing pco (as for every co), else the marker of the orders each location may take.
     */
    static Value ordersWanted(Value arg, Ctx c, SourcePos pos) {
        if (c.wanted != null) {
            throw new Ctx.CoUnknown(); // a second generation: which one chooses co is not for us to say
        }
        List<Value> parts = Eval.components(arg);
        if (parts.size() != 2) {
            throw new CatError(pos, "argument_mismatch");
        }
        EventSet s = c.st.ops.asEvents(parts.get(0), pos);
        Relation pco = c.st.ops.asRel(parts.get(1), pos);
        Map<Integer, List<int[]>> orders = new LinkedHashMap<>();
        for (Map.Entry<Integer, EventSet> group : byLocation(s, c).entrySet()) {
            EventSet g = group.getValue();
            Relation within = pco.restrict(g, g);
            if (!c.rf.restrict(g, g).isEmpty()) {
                throw new Ctx.CoUnknown(); // rf inside the group: rf | co on it is not co alone
            }
            if (!within.isIrreflexive()) {
                return Value.EMPTY; // no order contains a pair (e, e)
            }
            List<int[]> of = Orders.sequences(g.members(), within, MAX_ORDERS);
            if (of == null) {
                throw new Ctx.CoUnknown();
            }
            if (of.isEmpty()) {
                return Value.EMPTY;
            }
            orders.put(group.getKey(), of);
        }
        // the marker stands for co, as the guarded value does: what holds it is kept for no other execution
        c.reads |= Inputs.CHOICES;
        Value marker = new Value.ValSet(null, new java.util.HashSet<>());
        c.wanted = new Wanted(marker, orders);
        return marker;
    }

    private static Map<Integer, EventSet> byLocation(EventSet s, Ctx c) {
        Map<Integer, EventSet.Builder> byLocation = new LinkedHashMap<>();
        for (int e : s.members()) {
            int loc = c.st.events().get(e).location();
            if (loc >= 0) {
                byLocation.computeIfAbsent(loc, k -> EventSet.builder(c.st.n)).add(e);
            }
        }
        Map<Integer, EventSet> out = new LinkedHashMap<>();
        byLocation.forEach((loc, b) -> out.put(loc, b.build()));
        return out;
    }

    /** generate_orders((s, pco)) in an execution whose linearisations are guarded. */
    static Value generateOrders(Value arg, Ctx c, SourcePos pos) {
        List<Value> parts = Eval.components(arg);
        if (parts.size() != 2) {
            throw new CatError(pos, "argument_mismatch");
        }
        EventSet s = c.st.ops.asEvents(parts.get(0), pos);
        Relation pco = c.st.ops.asRel(parts.get(1), pos);
        Relation choices = c.choices();
        Relation.Builder union = Relation.builder(c.st.n);
        for (EventSet group : byLocation(s, c).values()) {
            // cross.cat: the execution's rf | co on the group must be a total order holding pco's
            // pairs there, else generate_orders has no member for it and no candidate is left
            if (!Orders.isTotalOrder(choices, group)) {
                return Value.EMPTY;
            }
            int[] m = group.members();
            for (int i : m) {
                for (int j : m) {
                    if (choices.contains(i, j)) {
                        union.add(i, j);
                    } else if (pco.contains(i, j)) {
                        return Value.EMPTY;
                    }
                }
            }
        }
        return new Value.ValSet(null, Set.of(new Value.Rel(union.build())));
    }
}
