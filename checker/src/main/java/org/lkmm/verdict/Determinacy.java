package org.lkmm.verdict;

import java.util.BitSet;
import java.util.List;
import org.lkmm.enumerate.Candidate;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.relation.Relation;

/**
 * Which values of an execution herd7's equations determine. A read's value is the value of the
 * write it reads from; a write's value is a function of the reads it depends on (or a
 * constant). Values on a cycle of such equations that no constant reaches (out-of-thin-air
 * shapes, allowed when plain accesses break the ordering) stay undetermined: herd7 treats them
 * as unknowns, equal to no constant.
 */
final class Determinacy {
    private final List<Event> events;
    private final int[] threadBase;
    private final boolean[] determined;
    /** Every write stores a constant, so every value is determined. */
    private final boolean constant;

    Determinacy(Candidate c) {
        this.events = c.execution().events();
        this.determined = new boolean[events.size()];
        this.constant = constantWrites(events);
        if (constant) {
            java.util.Arrays.fill(determined, true);
            this.threadBase = new int[0];
            return;
        }
        int threads = c.paths().size();
        this.threadBase = new int[threads];
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i).thread() >= 0) {
                threadBase[events.get(i).thread()] = i;
            }
        }
        int[] source = new int[events.size()];
        java.util.Arrays.fill(source, -1);
        c.execution().rf().forEach((w, r) -> source[r] = w);
        for (var path : c.paths()) {
            BitSet pins = path.pinned();
            for (int po = pins.nextSetBit(0); po >= 0; po = pins.nextSetBit(po + 1)) {
                determined[threadBase[path.thread()] + po] = true;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < events.size(); i++) {
                if (!determined[i] && isDetermined(events.get(i), source[i])) {
                    determined[i] = true;
                    changed = true;
                }
                if (determined[i]) {
                    changed |= backwards(i, source[i]);
                }
            }
        }
    }

    /** Whether every write stores a constant: then every value is determined. */
    private static boolean constantWrites(List<Event> events) {
        for (Event e : events) {
            if (e.kind() == Kind.WRITE && !e.data().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Equations hold both ways: a determined read determines the write it reads from, and a
     * determined write that copies one read determines that read.
     */
    private boolean backwards(int i, int source) {
        Event e = events.get(i);
        if (e.kind() == Kind.READ && source >= 0 && !determined[source]) {
            determined[source] = true;
            return true;
        }
        if (e.kind() == Kind.WRITE && e.data().cardinality() == 1) {
            int read = threadBase[e.thread()] + e.data().nextSetBit(0);
            if (!determined[read] && events.get(read).value() == e.value()) {
                determined[read] = true;
                return true;
            }
        }
        return false;
    }

    /** Whether every read of the execution has a determined value. */
    boolean complete() {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() == Kind.READ && !determined[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean isDetermined(Event e, int source) {
        if (e.kind() == Kind.READ) {
            return source < 0 || determined[source];
        }
        if (e.kind() == Kind.WRITE) {
            return all(e.thread(), e.data());
        }
        return true;
    }

    private boolean all(int thread, BitSet reads) {
        for (int po = reads.nextSetBit(0); po >= 0; po = reads.nextSetBit(po + 1)) {
            if (!determined[threadBase[thread] + po]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a register computed from these reads of the thread has a determined value. */
    boolean register(int thread, BitSet deps) {
        return deps == null || constant || all(thread, deps);
    }

    /** Whether the final value of a location, the value of its co-last write, is determined. */
    boolean memory(Relation co, int location) {
        if (constant) {
            return true;
        }
        for (int w = 0; w < events.size(); w++) {
            Event e = events.get(w);
            if (e.location() == location && e.isWrite() && !e.kind().isLockEvent() && coLast(co, w)) {
                return determined[w];
            }
        }
        return true;
    }

    private static boolean coLast(Relation co, int w) {
        return co.successors(w) == 0;
    }
}
