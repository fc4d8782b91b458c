package org.lkmm.program;

import java.util.Arrays;

/**
 * What composing herd7's event structures (herd/event.ml) still needs to know of one: its events,
 * those no data edge inside it reaches (minimals_data), those no data edge inside it leaves
 * (maximals_data), and its output, either given (herd's Some) or its maximal events (None).
 * The edges themselves go to the actions, where {@link Dependencies} reads them; herd's
 * intra-causality control edges are not kept, since only AArch64 makes dependencies of them.
 * Event sets are sorted arrays of eiids: tiny, and eiids grow without bound over a test.
 */
record Outline(int[] events, int[] minimals, int[] maximals, int[] output, boolean explicit) {
    static final int[] NONE = new int[0];
    static final Outline EMPTY = new Outline(NONE, NONE, NONE, NONE, false);

    /** One event, its own output (make_one_event_structure). */
    static Outline single(int eiid) {
        int[] e = {eiid};
        return new Outline(e, e, e, e, false);
    }

    /** A fence: an event with no output, transparent to data composition (mk_fence). */
    static Outline fence(int eiid) {
        int[] e = {eiid};
        return new Outline(e, e, e, NONE, true);
    }

    boolean isEmpty() {
        return events.length == 0;
    }

    /** para_comp: both structures side by side, outputs united (union_output). */
    Outline beside(Outline o) {
        return new Outline(union(events, o.events), union(minimals, o.minimals), union(maximals, o.maximals),
                union(output, o.output), explicit || o.explicit);
    }

    /**
     * data_comp with sequence_data_output (herd's =*$=): this one's output feeds the other's
     * minimal events; the output is the other's, unless the other has neither events nor an
     * output of its own.
     */
    Outline feeding(Outline o) {
        Outline linked = beside(o).linked(output, o.minimals);
        int[] out = o.explicit || !o.isEmpty() ? o.output : output;
        return new Outline(linked.events, linked.minimals, linked.maximals, out, explicit || o.explicit);
    }

    /** The same structure with another output (herd's Some out). */
    Outline withOutput(int[] out) {
        return new Outline(events, minimals, maximals, out, true);
    }

    /** With data edges from every event of from to every event of to, inside this structure. */
    Outline linked(int[] from, int[] to) {
        if (from.length == 0 || to.length == 0) {
            return this;
        }
        return new Outline(events, minus(minimals, to), minus(maximals, from), output, explicit);
    }

    static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next;
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                next = a[i++];
            } else if (i == a.length || b[j] < a[i]) {
                next = b[j++];
            } else {
                next = a[i++];
                j++;
            }
            out[n++] = next;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    static int[] minus(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a;
        }
        int[] out = new int[a.length];
        int n = 0;
        for (int x : a) {
            if (Arrays.binarySearch(b, x) < 0) {
                out[n++] = x;
            }
        }
        return n == a.length ? a : Arrays.copyOf(out, n);
    }
}
