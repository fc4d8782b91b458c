package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.lkmm.model.Structure;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;
import org.lkmm.relation.Relation;

/**
 * The events of one choice of thread paths, with the relations that do not depend on rf or co:
 * initial writes first (one per location), then each thread's events in program order.
 */
final class Skeleton {
    final List<Event> events;
    final List<ThreadPath> paths;
    final int[] firstOfThread;

    Skeleton(List<Event> initialWrites, List<ThreadPath> paths) {
        this.paths = paths;
        int size = initialWrites.size();
        for (ThreadPath p : paths) {
            size += p.events().size();
        }
        events = new ArrayList<>(size);
        events.addAll(initialWrites);
        firstOfThread = new int[paths.size()];
        for (int t = 0; t < paths.size(); t++) {
            firstOfThread[t] = events.size();
            events.addAll(paths.get(t).events());
        }
    }

    /** The model structure of these events (po, rmw and the dependencies are built here). */
    Structure structure() {
        int n = events.size();
        Relation.Builder po = Relation.builder(n);
        Relation.Builder rmw = Relation.builder(n);
        Relation.Builder addr = Relation.builder(n);
        Relation.Builder data = Relation.builder(n);
        Relation.Builder ctrl = Relation.builder(n);
        for (int t = 0; t < paths.size(); t++) {
            int base = firstOfThread[t];
            List<Event> evs = paths.get(t).events();
            for (int i = 0; i < evs.size(); i++) {
                Event e = evs.get(i);
                for (int j = i + 1; j < evs.size(); j++) {
                    po.add(base + i, base + j);
                }
                if (e.rmwRead() >= 0) {
                    rmw.add(base + e.rmwRead(), base + i);
                }
                link(addr, e.addr(), base, base + i);
                link(data, e.data(), base, base + i);
                link(ctrl, e.ctrl(), base, base + i);
            }
        }
        return new Structure(events, po.build(), rmw.build(), addr.build(), data.build(), ctrl.build());
    }

    /** Whether each event is the read of an RMW. */
    boolean[] rmwReads() {
        boolean[] out = new boolean[events.size()];
        for (int t = 0; t < paths.size(); t++) {
            for (Event e : paths.get(t).events()) {
                if (e.rmwRead() >= 0) {
                    out[firstOfThread[t] + e.rmwRead()] = true;
                }
            }
        }
        return out;
    }

    private void link(Relation.Builder r, BitSet sources, int base, int target) {
        for (int s = sources.nextSetBit(0); s >= 0; s = sources.nextSetBit(s + 1)) {
            // dependencies start at reads: herd's addr, data and ctrl relate R to later events
            if (events.get(base + s).isRead()) {
                r.add(base + s, target);
            }
        }
    }

    /**
     * The events as an execution with this rf has them: a read of any value (Event.ANY_VALUE)
     * takes its write's value.
     */
    List<Event> eventsReading(Relation rf) {
        List<Event> out = new ArrayList<>(events);
        rf.forEach((w, r) -> {
            if (out.get(r).value() == Event.ANY_VALUE) {
                out.set(r, out.get(r).withValue(events.get(w).value()));
            }
        });
        return List.copyOf(out);
    }

    int size() {
        return events.size();
    }
}
