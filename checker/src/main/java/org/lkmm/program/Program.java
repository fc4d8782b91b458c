package org.lkmm.program;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.lkmm.ast.LitmusTest;

/**
 * A test lowered to events: the shared variables, their initial values, and for each thread
 * every path it can take (threads in the order of their process numbers). cutOff holds, per
 * thread, the runs herd7 cuts because a loop needs more iterations than it unrolls: they are
 * no execution, but herd says "Loop" when one could be part of a candidate. warnings: lkmm's
 * one-line warnings on what herd7 accepts but looks like a mistake.
 */
public record Program(LitmusTest test, Layout layout, long[] initialValues, List<List<ThreadPath>> threads,
                      List<Integer> threadIds, List<List<ThreadPath>> cutOff, List<String> warnings) {
    /** Whether some write stores a value read (an unknown), rather than one computed from constants. */
    public boolean copiesValues() {
        for (List<ThreadPath> paths : threads) {
            for (ThreadPath p : paths) {
                for (var m : p.source().events()) {
                    if (m.kind() == Kind.WRITE && m.value().isVar()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The initial write of each location, as events: the first events of every candidate execution. */
    public List<Event> initialWrites() {
        List<Event> out = new ArrayList<>();
        for (int loc = 0; loc < layout.size(); loc++) {
            out.add(new Event(-1, -1, Kind.INIT, loc, initialValues[loc], null, null, -1, false,
                    new BitSet(), new BitSet(), new BitSet(), null, "init", "", new BitSet()));
        }
        return List.copyOf(out);
    }

    /** The position of process P{process} among the threads, or -1. */
    public int threadIndex(int process) {
        if (process >= 0 && process < threadIds.size() && threadIds.get(process) == process) {
            return process; // processes numbered 0, 1, ... as usual
        }
        return threadIds.indexOf(process);
    }

    /**
     * Whether no value can depend on itself: in the graph where a location points to each
     * location whose writes, on some path, store a value computed from a read of it, there is
     * no cycle. Then every chain of "a read has its write's value, a write has a function of
     * the reads it depends on" ends at a constant, and herd7's equations determine every value.
     */
    public boolean valuesAlwaysDetermined() {
        int n = layout.size();
        boolean[][] feeds = new boolean[n][n];
        for (List<ThreadPath> paths : threads) {
            for (ThreadPath p : paths) {
                for (Event e : p.events()) {
                    if (e.kind() == Kind.WRITE) {
                        BitSet data = (BitSet) e.data().clone();
                        data.or(e.flow()); // herd's dependencies, and the values themselves
                        for (int i = data.nextSetBit(0); i >= 0; i = data.nextSetBit(i + 1)) {
                            int from = p.events().get(i).location();
                            if (from >= 0 && e.location() >= 0) {
                                feeds[from][e.location()] = true;
                            }
                        }
                    }
                }
            }
        }
        int[] state = new int[n]; // 0 unseen, 1 on the current path, 2 done
        for (int l = 0; l < n; l++) {
            if (state[l] == 0 && reachesCycle(l, feeds, state)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reachesCycle(int l, boolean[][] feeds, int[] state) {
        state[l] = 1;
        for (int m = 0; m < feeds.length; m++) {
            if (feeds[l][m] && (state[m] == 1 || state[m] == 0 && reachesCycle(m, feeds, state))) {
                return true;
            }
        }
        state[l] = 2;
        return false;
    }
}
