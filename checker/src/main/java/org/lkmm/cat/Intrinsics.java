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

    /** generate_orders((s, pco)) in an execution whose linearisations are guarded. */
    static Value generateOrders(Value arg, Ctx c, SourcePos pos) {
        List<Value> parts = Eval.components(arg);
        if (parts.size() != 2) {
            throw new CatError(pos, "argument_mismatch");
        }
        EventSet s = c.st.ops.asEvents(parts.get(0), pos);
        Relation pco = c.st.ops.asRel(parts.get(1), pos);
        Map<Integer, EventSet.Builder> byLocation = new LinkedHashMap<>();
        for (int e : s.members()) {
            int loc = c.st.events().get(e).location();
            if (loc >= 0) {
                byLocation.computeIfAbsent(loc, k -> EventSet.builder(c.st.n)).add(e);
            }
        }
        Relation union = c.st.emptyRel();
        for (EventSet.Builder b : byLocation.values()) {
            EventSet group = b.build();
            Relation o = c.choices().restrict(group, group);
            if (!Orders.isTotalOrder(o, group) || !pco.restrict(group, group).minus(o).isEmpty()) {
                return Value.EMPTY; // cross.cat: a location without an order leaves no candidate
            }
            union = union.union(o);
        }
        return new Value.ValSet(null, Set.of(new Value.Rel(union)));
    }
}
