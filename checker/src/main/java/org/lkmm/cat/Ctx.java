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
    private Relation choices;

    private Ctx(Statics st, Value[] dyn, Relation rf, Relation co, List<Event> events, EventSet fw) {
        this.st = st;
        this.dyn = dyn;
        this.rf = rf;
        this.co = co;
        this.events = events;
        this.fw = fw;
    }

    static Ctx ofStructure(Statics st) {
        return new Ctx(st, null, null, null, st.events(), null);
    }

    static Ctx ofExecution(Statics st, Relation rf, Relation co, List<Event> events, EventSet fw) {
        return new Ctx(st, new Value[st.program.slots.size()], rf, co, events, fw);
    }

    boolean isExecution() {
        return dyn != null;
    }

    /** rf | co: a with-from takes the member of its set contained in it. */
    Relation choices() {
        if (choices == null) {
            choices = rf.union(co);
        }
        return choices;
    }
}
