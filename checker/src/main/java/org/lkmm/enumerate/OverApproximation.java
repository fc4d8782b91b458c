package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;
import org.lkmm.relation.Relation;

/**
 * One skeleton standing for all the executions below a node of the path search: the threads
 * before the node have their paths, each later thread may take any of its paths, which all have
 * the same shape and differ only in values. rf holds every write a read could take in any of
 * them and co every order of a location's writes that keeps each thread's writes in program
 * order, so each candidate below the node has its rf and co inside these.
 */
final class OverApproximation {
    final Skeleton skeleton;
    final Relation rf;
    final Relation co;

    OverApproximation(Program program, List<Event> initialWrites, List<ThreadPath> chosen, boolean excludeFuture) {
        List<List<ThreadPath>> threads = program.threads();
        List<ThreadPath> paths = new ArrayList<>(chosen);
        for (int t = chosen.size(); t < threads.size(); t++) {
            paths.add(threads.get(t).get(0));
        }
        skeleton = new Skeleton(initialWrites, paths);
        List<Set<Long>> values = possibleValues(threads, chosen.size());
        int n = skeleton.size();
        boolean[] anyValue = new boolean[n]; // a read of any value may read every write
        for (int r = 0; r < n; r++) {
            anyValue[r] = values.get(r).contains(Event.ANY_VALUE);
        }
        Relation.Builder rfb = Relation.builder(n);
        Relation.Builder cob = Relation.builder(n);
        for (int r = 0; r < n; r++) {
            Event re = skeleton.events.get(r);
            for (int w = 0; w < n; w++) {
                Event we = skeleton.events.get(w);
                if (w == r || we.location() != re.location() || !WriteIndex.readable(we)) {
                    continue;
                }
                if (re.kind() == Kind.READ && !(excludeFuture && we.thread() == re.thread() && w > r)
                        && (anyValue[r] || overlap(values.get(w), values.get(r)))) {
                    rfb.add(w, r);
                }
                if (WriteIndex.readable(re) && re.kind() != Kind.INIT && (we.kind() == Kind.INIT || we.thread() != re.thread() || w < r)) {
                    cob.add(w, r);
                }
            }
        }
        rf = rfb.build();
        co = cob.build();
    }

    /** Every threads' paths from {@code from} on have one shape, so one structure serves them all. */
    static boolean uniform(List<List<ThreadPath>> threads, int from) {
        for (int t = from; t < threads.size(); t++) {
            Shape first = Shape.of(threads.get(t).get(0).events());
            for (ThreadPath p : threads.get(t)) {
                if (!Shape.of(p.events()).equals(first)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Per event of the skeleton: the values it has on some path. */
    private List<Set<Long>> possibleValues(List<List<ThreadPath>> threads, int firstOpen) {
        List<Set<Long>> values = new ArrayList<>();
        for (int i = 0; i < skeleton.size(); i++) {
            Event e = skeleton.events.get(i);
            Set<Long> vs = new HashSet<>();
            vs.add(e.value());
            if (e.thread() >= firstOpen) {
                int index = i - skeleton.firstOfThread[e.thread()];
                for (ThreadPath p : threads.get(e.thread())) {
                    vs.add(p.events().get(index).value());
                }
            }
            values.add(vs);
        }
        return values;
    }

    private static boolean overlap(Set<Long> a, Set<Long> b) {
        for (Long v : a) {
            if (b.contains(v)) {
                return true;
            }
        }
        return false;
    }
}
