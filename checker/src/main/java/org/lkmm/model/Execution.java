package org.lkmm.model;

import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.relation.Relation;

/**
 * A candidate execution: a structure (the relations fixed by the shape of the thread paths), the
 * events with their values, and one choice of rf and co, before lock.cat merges lock events into them. rf covers ordinary
 * reads and the chosen rf of LF and RU events; co orders IW, W and LKW.
 */
public record Execution(Structure structure, List<Event> events, Relation rf, Relation co) {

    public int size() {
        return structure.size();
    }
}
