package org.lkmm.model;

import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.relation.Relation;

/**
 * A candidate execution as the enumerator proposes it: events (initial writes first, with
 * thread -1), and the base relations before lock.cat merges lock events into rf and co.
 * rf covers ordinary reads and the chosen rf of LF and RU events; co orders IW, W and LKW.
 */
public record Execution(List<Event> events, Relation po, Relation rf, Relation co, Relation rmw,
                        Relation addr, Relation data, Relation ctrl) {
    public int size() {
        return events.size();
    }
}
