package org.lkmm.explain;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.model.Axiom;
import org.lkmm.model.Execution;
import org.lkmm.model.Lkmm;
import org.lkmm.program.Layout;
import org.lkmm.relation.Relation;

/**
 * The witness of a broken axiom in the model's terms: a cycle of hb, pb or of po-loc | com, each
 * edge derived; rb's reflexive edge; or the offending pairs of an empty-check.
 */
final class Cycles {
    private Cycles() {}

    /** The relation an acyclic or irreflexive axiom is about, by its cat name. */
    static String relationOf(Axiom a) {
        return switch (a) {
            case HAPPENS_BEFORE -> "hb";
            case PROPAGATION -> "pb";
            case RCU -> "rb";
            case COHERENCE -> "po-loc | com";
            case ATOMIC -> "rmw & (fre ; coe)";
            case PLAIN_COHERENCE -> "wr-incoh | rw-incoh | ww-incoh";
            case LOCK_NEST -> "lock-nest";
            case NESTED_IS_LOCKED -> "nested-is-locked";
            case UNMATCHED_LOCKS -> "unmatched-locks";
        };
    }

    static List<Step> derive(Execution x, Layout layout, Lkmm.Failure failure, org.lkmm.model.Generation generation) {
        Derive d = new Derive(x, layout, generation);
        Relation r = failure.witness();
        Axiom axiom = failure.axiom();
        List<Step> out = new ArrayList<>();
        List<Integer> events = r.findCycle();
        if (!events.isEmpty()) {
            for (int i = 0; i < events.size(); i++) {
                int a = events.get(i);
                int b = events.get((i + 1) % events.size());
                out.add(axiom == Axiom.COHERENCE ? d.coherence(a, b) : d.edge(relationOf(axiom), a, b));
            }
            return out;
        }
        r.forEach((a, b) -> {
            if (out.size() < 4) {
                out.add(pair(d, axiom, a, b));
            }
        });
        return out;
    }

    private static Step pair(Derive d, Axiom axiom, int a, int b) {
        var cat = d.relations();
        return switch (axiom) {
            case ATOMIC -> {
                for (int c = 0; c < cat.get("po").size(); c++) {
                    if (cat.get("fre").contains(a, c) && cat.get("coe").contains(c, b)) {
                        yield new Step(a, b, List.of("rmw & (fre ; coe)"),
                                "another CPU's write comes between the read and the write of an atomic update",
                                List.of(d.coherence(a, c), d.coherence(c, b)));
                    }
                }
                yield Step.leaf(a, b, "rmw & (fre ; coe)", "a write comes between the read and the write of an atomic update");
            }
            case PLAIN_COHERENCE -> {
                String name = cat.get("rf").contains(a, b) ? "wr-incoh" : cat.get("fr").contains(a, b) ? "rw-incoh" : "ww-incoh";
                yield new Step(a, b, List.of(name), "a plain access is ordered against its own coherence", List.of(d.coherence(a, b)));
            }
            case LOCK_NEST -> Step.leaf(a, b, relationOf(axiom), "the lock is taken again while it is held");
            case NESTED_IS_LOCKED -> Step.leaf(a, b, relationOf(axiom),
                    "spin_is_locked() says unlocked inside a critical section of that lock");
            default -> Step.leaf(a, b, relationOf(axiom), "more than one critical section of a lock is left open");
        };
    }
}
