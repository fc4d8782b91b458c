package org.lkmm.program;

import java.util.List;
import org.lkmm.ast.LitmusTest;

/**
 * A test lowered to events: the shared variables, their initial values, and for each thread
 * every path it can take (threads in the order of their process numbers).
 */
public record Program(LitmusTest test, Layout layout, long[] initialValues, List<List<ThreadPath>> threads,
                      List<Integer> threadIds) {
    /** The position of process P{process} among the threads, or -1. */
    public int threadIndex(int process) {
        if (process >= 0 && process < threadIds.size() && threadIds.get(process) == process) {
            return process; // processes numbered 0, 1, ... as usual
        }
        return threadIds.indexOf(process);
    }

    /** Whether every write of every path stores a constant (no value depends on a read). */
    public boolean constantWrites() {
        for (List<ThreadPath> paths : threads) {
            for (ThreadPath p : paths) {
                for (Event e : p.events()) {
                    if (e.kind() == Kind.WRITE && !e.data().isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
