package org.lkmm.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lkmm.program.Event;
import org.lkmm.relation.Relation;

/**
 * A memory model as the enumerator and the checker use it: the built-in LKMM of Linux 6.1
 * (Lkmm), or a model read from its cat files (org.lkmm.cat.CatModel). The shortcuts a model
 * offers (approving many executions at once, refuting partial ones, building only coherent
 * candidates) are the model's to grant: each says when it is sound for it.
 */
public interface MemoryModel {
    /** Which model this is, for people: "Linux 6.1 (built-in)", or the files it was read from. */
    String name();

    /** Whether the model forbids every execution the axiom forbids, so the enumerator may leave them out. */
    boolean checks(Axiom a);

    /** The model's verdict on one execution; flags only when asked for (they cost). */
    Verdict check(Execution x, boolean wantFlags);

    /**
     * The verdict shared by every execution whose rf and co are contained in those of over
     * and which passes coherence, when the model can vouch for all of them at once.
     */
    Optional<Verdict> verdictForAll(Execution over);

    /** Whether a partial execution already fails, and with it every execution completing it. */
    boolean refutes(Execution partial);

    /**
     * The co orders the model itself generates for this rf, when it can tell without co
     * (herd's with co from ...): alternatives, each a map from location to the orders (event
     * indices, first to last) co may take there, a location not named being free. Every
     * execution with this rf whose co is in none of them fails the model; no alternative means
     * every co fails. coSpace: every pair the enumerator's co may hold. Empty: ask check.
     */
    default Optional<List<Map<Integer, List<int[]>>>> coOrders(Structure structure, List<Event> events, Relation rf,
                                                               Relation coSpace) {
        return Optional.empty();
    }

    /**
     * This model for the executions whose rf and co are contained in over's (same structure
     * and events): it may leave out the checks it finds every one of them passes, giving the
     * same verdicts (this model itself when it finds none, or offers no such thing).
     */
    default MemoryModel within(Execution over) {
        return this;
    }

    /** Whether the execution passes the coherence axiom (always, when it is not checked). */
    boolean coherent(Execution x);

    /**
     * This model for one test, whose condition looks at these memory locations: herd's final
     * writes (FW, on which lock.cat's lock-final flag rests) are chosen for them.
     */
    MemoryModel observing(Set<Integer> locations);
}
