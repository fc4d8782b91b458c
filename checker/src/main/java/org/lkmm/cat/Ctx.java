package org.lkmm.cat;

import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * Where an evaluation happens: a structure's statics alone (for static slots and nodes), or one
 * execution: its dynamic slots, rf and co as the enumerator chose them, the events with their
 * values, and FW (the co-last writes of the locations the test observes).
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
    private Relation choices;

    private Ctx(Statics st, Value[] dyn, Relation rf, Relation co, List<Event> events, EventSet fw) {
        this.st = st;
        this.dyn = dyn;
        this.rf = rf;
        this.co = co;
        this.events = events;
        this.fw = fw;
        this.dynReads = dyn == null ? null : new int[dyn.length];
    }

    static Ctx ofStructure(Statics st) {
        return new Ctx(st, null, null, null, st.events(), null);
    }

    static Ctx ofExecution(Statics st, Relation rf, Relation co, List<Event> events, EventSet fw) {
        return new Ctx(st, new Value[st.program.slots.size()], rf, co, events, fw);
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
        reads |= Inputs.CHOICES;
        if (choices == null) {
            choices = rf.union(co);
        }
        return choices;
    }
}
