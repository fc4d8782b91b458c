package org.lkmm.enumerate;

import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.relation.Relation;

/** The rf and co relations (and final memory) of a skeleton's choices, whole or partial. */
final class ChoiceRelations {
    private ChoiceRelations() {}

    /** rf of the first {@code reads} reads (all of them, for a candidate). */
    static Relation rf(Skeleton s, ReadsFrom rf, int[] choice, int reads) {
        Relation.Builder b = Relation.builder(s.size());
        for (int i = 0; i < reads; i++) {
            b.add(rf.sources[i][choice[i]], rf.reads[i]);
        }
        return b.build();
    }

    /** co of the first {@code locations} locations (all of them, for a candidate). */
    static Relation co(Skeleton s, List<List<int[]>> orders, int[] choice, int locations) {
        Relation.Builder b = Relation.builder(s.size());
        for (int loc = 0; loc < locations; loc++) {
            add(b, orders.get(loc).get(choice[loc]));
        }
        return b.build();
    }

    /** The union of every co order of every location: co of every candidate is inside it. */
    static Relation everyCoOrder(Skeleton s, List<List<int[]>> orders) {
        Relation.Builder b = Relation.builder(s.size());
        for (List<int[]> ofLocation : orders) {
            for (int[] order : ofLocation) {
                add(b, order);
            }
        }
        return b.build();
    }

    /** For each location, the pairs all its orders share (the initial write first, po among its writes, and what rf implies). */
    static Relation commonCo(Skeleton s, List<List<int[]>> orders) {
        Relation.Builder b = Relation.builder(s.size());
        for (List<int[]> ofLocation : orders) {
            int[] first = ofLocation.get(0);
            for (int i = 0; i < first.length; i++) {
                for (int j = i + 1; j < first.length; j++) {
                    boolean everywhere = true;
                    for (int k = 1; k < ofLocation.size() && everywhere; k++) {
                        everywhere = before(ofLocation.get(k), first[i], first[j]);
                    }
                    if (everywhere) {
                        b.add(first[i], first[j]);
                    }
                }
            }
        }
        return b.build();
    }

    private static boolean before(int[] order, int a, int b) {
        for (int e : order) {
            if (e == a) {
                return true;
            }
            if (e == b) {
                return false;
            }
        }
        return false;
    }

    /** The co pairs every candidate of the skeleton has: the initial write first, each thread's writes in order. */
    static Relation baseCo(Skeleton s) {
        Relation.Builder b = Relation.builder(s.size());
        for (int w = 0; w < s.size(); w++) {
            Event we = s.events.get(w);
            if (!WriteIndex.ordered(we)) {
                continue;
            }
            b.add(we.location(), w); // the initial write of a location has its index
            for (int v = s.firstOfThread[we.thread()]; v < w; v++) {
                Event ve = s.events.get(v);
                if (ve.location() == we.location() && WriteIndex.ordered(ve)) {
                    b.add(v, w);
                }
            }
        }
        return b.build();
    }

    /**
     * The value of each location's co-last write. Lock events carry no value in herd7 (they are
     * not memory stores there), so a lock keeps the value of the last write that is one, at
     * least its initial write.
     */
    static long[] finalMemory(Skeleton s, List<List<int[]>> orders, int[] choice) {
        long[] mem = new long[choice.length];
        for (int loc = 0; loc < choice.length; loc++) {
            mem[loc] = finalValue(s, orders.get(loc).get(choice[loc]));
        }
        return mem;
    }

    /** The value a co order leaves: its last write's, lock events aside (they carry none). */
    static long finalValue(Skeleton s, int[] order) {
        int last = order.length - 1;
        while (last > 0 && s.events.get(order[last]).kind().isLockEvent()) {
            last--;
        }
        return s.events.get(order[last]).value();
    }

    private static void add(Relation.Builder b, int[] order) {
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                b.add(order[i], order[j]);
            }
        }
    }
}
