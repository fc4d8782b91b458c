package org.lkmm.cat;

import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * Where an evaluation happens: a structure's statics alone (for static slots and nodes), or one
 * execution: its dynamic slots, rf and co as the enumerator chose them, the events with their
 * values, and FW (the co-last writes of the locations the test observes). An execution may also
 * be one whose co is still unknown (withoutCo): what reads co then stops the evaluation, and
 * herd's generate_orders says which orders co may take instead of checking one (Intrinsics).
 */
final class Ctx {
    final Statics st;
    final Value[] dyn;
    final Relation rf;
    final Relation co;
    final List<Event> events;
    final EventSet fw;
    /** For each dynamic slot computed, the inputs its computation read (Memo keys on those). */
    final int[] dynReads;
    /** The inputs read so far by the computation under way. */
    int reads;
    /** In an execution without co: every pair the enumerator's co may hold; else null. */
    final Relation coSpace;
    /** In an execution without co: the orders generate_orders asked for, once it was applied. */
    Intrinsics.Wanted wanted;
    private Relation choices;
    private Object[] runs;
    private Value[] nodes;
    private int[] nodeReads;

    private Ctx(Statics st, Value[] dyn, Relation rf, Relation co, List<Event> events, EventSet fw, Relation coSpace) {
        this.st = st;
        this.coSpace = coSpace;
        this.dyn = dyn;
        this.rf = rf;
        this.co = co;
        this.events = events;
        this.fw = fw;
        this.dynReads = dyn == null ? null : new int[dyn.length];
    }

    static Ctx ofStructure(Statics st) {
        return new Ctx(st, null, null, null, st.events(), null, null);
    }

    static Ctx ofExecution(Statics st, Relation rf, Relation co, List<Event> events, EventSet fw) {
        return new Ctx(st, new Value[st.program.slots.size()], rf, co, events, fw, null);
    }

    /** An execution whose rf and FW are chosen and whose co is not; coSpace: the pairs any co may hold. */
    static Ctx withoutCo(Statics st, Relation rf, List<Event> events, EventSet fw, Relation coSpace) {
        return new Ctx(st, new Value[st.program.slots.size()], rf, st.emptyRel(), events, fw, coSpace);
    }

    /**
     * Whether co is unknown here. What is computed may still be kept for other executions: it
     * read no co (reading co stops the evaluation), and the orders' marker counts as read co.
     */
    boolean withoutCo() {
        return coSpace != null;
    }

    /** A closed dynamic node's value in this execution (Node.memoIndex), or null. */
    Value node(int index) {
        return nodes == null ? null : nodes[index];
    }

    int nodeReads(int index) {
        return nodeReads[index];
    }

    void node(int index, Value v, int reads) {
        if (nodes == null) {
            nodes = new Value[st.program.memoSize];
            nodeReads = new int[st.program.memoSize];
        }
        nodes[index] = v;
        nodeReads[index] = reads;
    }

    /** A sequence run's product kept for this execution (Combine.seqByRuns), or null. */
    Object run(int index) {
        return runs == null ? null : runs[index];
    }

    void run(int index, Object product) {
        if (runs == null) {
            runs = new Object[st.program.runSize];
        }
        runs[index] = product;
    }

    /** The current value of input bit index i, for comparing memo keys; null if not chosen yet. */
    Object input(int i, Inputs inputs) {
        switch (i) {
            case 0: return rf;
            case 1: return fw;
            case 2: return events;
            case 3: return choices == null ? rf.union(co) : choices;
            default: return dyn[inputs.withSlot(i)];
        }
    }

    boolean isExecution() {
        return dyn != null;
    }

    /** rf | co: a with-from takes the member of its set contained in it. */
    Relation choices() {
        if (coSpace != null) {
            throw new CoUnknown();
        }
        reads |= Inputs.CHOICES;
        if (choices == null) {
            choices = rf.union(co);
        }
        return choices;
    }

    /** Thrown where an evaluation without co needs co: the model cannot say which orders co may take. */
    static final class CoUnknown extends RuntimeException {
        CoUnknown() {
            super("co is not chosen yet", null, false, false);
        }
    }
}
