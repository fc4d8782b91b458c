package org.lkmm.enumerate;

import org.lkmm.program.Event;
import org.lkmm.program.Kind;

/**
 * Where a skeleton's writes are, per location: the writes an ordinary read may take (initial
 * and ordinary writes) and the writes co orders (ordinary and lock writes, the initial write
 * staying first). Positions depend only on the shape, so skeletons of one shape share an index.
 */
record WriteIndex(int[][] readable, int[][] ordered) {
    static WriteIndex of(Skeleton s, int locations) {
        return new WriteIndex(byLocation(s, locations, true), byLocation(s, locations, false));
    }

    private static int[][] byLocation(Skeleton s, int locations, boolean readable) {
        int[] count = new int[locations];
        for (Event e : s.events) {
            if (counts(e, readable)) {
                count[e.location()]++;
            }
        }
        int[][] out = new int[locations][];
        for (int loc = 0; loc < locations; loc++) {
            out[loc] = new int[count[loc]];
            count[loc] = 0;
        }
        for (int i = 0; i < s.size(); i++) {
            Event e = s.events.get(i);
            if (counts(e, readable)) {
                out[e.location()][count[e.location()]++] = i;
            }
        }
        return out;
    }

    private static boolean counts(Event e, boolean readable) {
        return readable ? readable(e) : ordered(e);
    }

    /** The writes an ordinary read may take: initial and ordinary writes. */
    static boolean readable(Event e) {
        return e.kind() == Kind.WRITE || e.kind() == Kind.INIT;
    }

    /** The writes co orders after the initial one: ordinary and lock writes. */
    static boolean ordered(Event e) {
        return e.kind() == Kind.WRITE || e.kind() == Kind.LOCK_WRITE;
    }
}
