package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;

/**
 * The coherence orders herd7 generates for each location (cos-opt.cat with lock.cat's co0):
 * the initial write first, then every order of the other writes that keeps each thread's
 * writes in program order and puts an unmatched spin_lock() after the other lock writes.
 * Orders breaking program order would fail the coherence axiom anyway.
 */
final class CoherenceOrders {
    /** orders[loc] lists the co orders of that location's writes, each as event indices. */
    final List<List<int[]>> orders = new ArrayList<>();

    CoherenceOrders(Skeleton s, int locations) {
        for (int loc = 0; loc < locations; loc++) {
            List<Integer> writes = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                Event e = s.events.get(i);
                if (e.location() == loc && e.kind() != Kind.INIT
                        && (e.kind() == Kind.WRITE || e.kind() == Kind.LOCK_WRITE)) {
                    writes.add(i);
                }
            }
            List<int[]> result = new ArrayList<>();
            int[] current = new int[writes.size() + 1];
            current[0] = loc; // the initial write of location loc has event index loc
            permute(s, writes, new boolean[writes.size()], current, 1, result);
            orders.add(result);
        }
    }

    private static void permute(Skeleton s, List<Integer> writes, boolean[] used, int[] current, int depth,
                                List<int[]> out) {
        if (depth == current.length) {
            out.add(current.clone());
            return;
        }
        for (int k = 0; k < writes.size(); k++) {
            if (used[k] || !canComeNext(s, writes, used, k)) {
                continue;
            }
            used[k] = true;
            current[depth] = writes.get(k);
            permute(s, writes, used, current, depth + 1, out);
            used[k] = false;
        }
    }

    private static boolean canComeNext(Skeleton s, List<Integer> writes, boolean[] used, int k) {
        Event e = s.events.get(writes.get(k));
        boolean unmatched = e.kind() == Kind.LOCK_WRITE && unmatchedLock(s, writes.get(k));
        for (int j = 0; j < writes.size(); j++) {
            if (used[j] || j == k) {
                continue;
            }
            Event other = s.events.get(writes.get(j));
            if (other.thread() == e.thread() && writes.get(j) < writes.get(k)) {
                return false;
            }
            if (unmatched && other.kind() == Kind.LOCK_WRITE) {
                return false;
            }
        }
        return true;
    }

    /** An LKW with no matching spin_unlock() later in its thread (lock.cat's UNMATCHED-LKW). */
    static boolean unmatchedLock(Skeleton s, int lkw) {
        Event e = s.events.get(lkw);
        for (int i = lkw + 1; i < s.size(); i++) {
            Event p = s.events.get(i);
            if (p.thread() != e.thread()) {
                break;
            }
            if (p.location() == e.location()) {
                if (p.kind() == Kind.UNLOCK) {
                    return false;
                }
                if (p.kind() == Kind.LOCK_WRITE) {
                    return true;
                }
            }
        }
        return true;
    }
}
