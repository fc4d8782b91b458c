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

    /**
     * The co orders of each location that agree with the coherence orders an rf choice implies
     * (cos-opt.cat's obsco: write-write, read-write, write-read and read-read in program order);
     * null when some location has none. The others would fail the coherence axiom.
     */
    List<List<int[]>> consistentWith(Skeleton s, ReadsFrom rf, int[] choice) {
        List<int[]> before = new ArrayList<>();
        int[] sourceOf = new int[s.size()];
        java.util.Arrays.fill(sourceOf, -1);
        for (int i = 0; i < rf.reads.length; i++) {
            sourceOf[rf.reads[i]] = rf.sources[i][choice[i]];
        }
        for (int i = 0; i < rf.reads.length; i++) {
            int r = rf.reads[i];
            Event re = s.events.get(r);
            int w = sourceOf[r];
            if (re.kind() != Kind.READ) {
                continue;
            }
            for (int j = 0; j < s.size(); j++) {
                Event e = s.events.get(j);
                if (j == r || e.thread() != re.thread() || e.location() != re.location()) {
                    continue;
                }
                if (e.kind() == Kind.WRITE && j != w) {
                    before.add(j < r ? new int[] {j, w} : new int[] {w, j});
                } else if (e.kind() == Kind.READ && j < r && sourceOf[j] >= 0 && sourceOf[j] != w) {
                    before.add(new int[] {sourceOf[j], w});
                }
            }
        }
        // An RMW's write comes right after the write its read took (atomic together with
        // coherence: a write in between would be fre;coe, or break coherence in its own thread).
        List<int[]> adjacent = new ArrayList<>();
        for (int t = 0; t < s.paths.size(); t++) {
            List<Event> evs = s.paths.get(t).events();
            for (int i = 0; i < evs.size(); i++) {
                Event e = evs.get(i);
                if (e.kind() == Kind.WRITE && e.rmwRead() >= 0) {
                    int read = s.firstOfThread[t] + e.rmwRead();
                    if (sourceOf[read] >= 0) {
                        adjacent.add(new int[] {sourceOf[read], s.firstOfThread[t] + i});
                    }
                }
            }
        }
        List<List<int[]>> result = new ArrayList<>();
        for (int loc = 0; loc < orders.size(); loc++) {
            List<int[]> kept = new ArrayList<>();
            for (int[] order : orders.get(loc)) {
                if (respects(order, before, s.size()) && adjacentIn(order, adjacent, s.size())) {
                    kept.add(order);
                }
            }
            if (kept.isEmpty()) {
                return null;
            }
            result.add(kept);
        }
        return result;
    }

    private static boolean adjacentIn(int[] order, List<int[]> adjacent, int n) {
        if (adjacent.isEmpty()) {
            return true;
        }
        int[] position = new int[n];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        for (int[] pair : adjacent) {
            int a = position[pair[0]];
            int b = position[pair[1]];
            if (a >= 0 && b >= 0 && b != a + 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean respects(int[] order, List<int[]> before, int n) {
        int[] position = new int[n];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < order.length; i++) {
            position[order[i]] = i;
        }
        for (int[] c : before) {
            int a = position[c[0]];
            int b = position[c[1]];
            if (a >= 0 && b >= 0 && a > b) {
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
