package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.lkmm.model.CoherenceShapes;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.TooLargeException;
import org.lkmm.relation.Relation;

/**
 * The coherence orders herd7 generates for each location (cos-opt.cat with lock.cat's co0),
 * for one rf choice: the initial write first, then every order of the other writes that keeps
 * each thread's writes in program order, puts an unmatched spin_lock() after the other lock
 * writes, agrees with the orders the rf choice implies (obsco) and puts an RMW's write right
 * after the write its read took. Orders that break any of these would fail the coherence or
 * atomicity axiom, so they are never built.
 */
final class CoherenceOrders {
    /** Orders of one location listed at most (about 200 MB of them): beyond, the test is beyond the budget. */
    static final int MAX_ORDERS = 1 << 21;

    private final Skeleton s;
    /** writes[loc]: the non-initial writes of the location in co (IW, W, LKW). */
    private final List<int[]> writes;

    CoherenceOrders(Skeleton s, int[][] writesAt) {
        this.s = s;
        this.writes = List.of(writesAt);
    }

    /**
     * For each location, its co orders under the rf choice (event indices); null if some has
     * none. The obsco and RMW-adjacency restrictions apply the coherence and atomic axioms
     * early, so each is used only while its axiom is checked.
     */
    List<List<int[]>> consistentWith(ReadsFrom rf, int[] choice, boolean coherence, boolean atomic) {
        int n = s.size();
        if (coherence && readsInitTooLate(rf, choice)) {
            return null;
        }
        boolean[][] before = null;
        int[] next = null;
        List<List<int[]>> result = new ArrayList<>(writes.size());
        for (int loc = 0; loc < writes.size(); loc++) {
            int[] ws = writes.get(loc);
            if (ws.length <= 1) {
                // nothing to order: the initial write, then the only other write (even an RMW's)
                result.add(ws.length == 0 ? List.of(new int[] {loc}) : List.of(new int[] {loc, ws[0]}));
                continue;
            }
            if (before == null) {
                int[] sourceOf = new int[n];
                Arrays.fill(sourceOf, -1);
                for (int i = 0; i < rf.reads.length; i++) {
                    sourceOf[rf.reads[i]] = rf.sources[i][choice[i]];
                }
                before = new boolean[n][];
                next = new int[n];
                Arrays.fill(next, -1);
                constraints(rf, sourceOf, before, next, coherence, atomic);
            }
            List<int[]> orders = new ArrayList<>();
            int[] current = new int[ws.length + 1];
            current[0] = loc; // the initial write of location loc has event index loc
            extend(ws, new boolean[ws.length], current, 1, before, next, orders);
            if (orders.isEmpty()) {
                return null;
            }
            result.add(orders);
        }
        return result;
    }

    /** Whether each location has one order only (at most one write besides its initial one). */
    boolean fixed() {
        for (int[] ws : writes) {
            if (ws.length > 1) {
                return false;
            }
        }
        return true;
    }

    /** Every pair a co built here may hold: two writes of a location, its initial write included. */
    Relation space() {
        Relation.Builder b = Relation.builder(s.size());
        for (int loc = 0; loc < writes.size(); loc++) {
            int[] ws = writes.get(loc);
            for (int i = -1; i < ws.length; i++) {
                for (int j = -1; j < ws.length; j++) {
                    int a = i < 0 ? loc : ws[i];
                    int c = j < 0 ? loc : ws[j];
                    if (a != c) {
                        b.add(a, c);
                    }
                }
            }
        }
        return b.build();
    }

    /**
     * The orders of each location as a model generated them (MemoryModel.coOrders): its orders
     * where it names the location, those free of every axiom (own) where it does not; of its
     * orders, those this enumerator builds (initial write first, each thread's writes in program
     * order; it builds no others, whatever the model). Null when the model orders other events
     * than these writes: the enumerator then lists the orders itself.
     */
    List<List<int[]>> fromModel(Map<Integer, List<int[]>> model, Supplier<List<List<int[]>>> own) {
        List<List<int[]>> result = new ArrayList<>(writes.size());
        for (int loc = 0; loc < writes.size(); loc++) {
            List<int[]> orders = model.get(loc);
            if (orders == null) {
                List<List<int[]>> free = own.get();
                if (free == null) {
                    return List.of(List.of()); // a location with no order: no candidate
                }
                result.add(free.get(loc));
                continue;
            }
            int[] mine = new int[writes.get(loc).length + 1];
            mine[0] = loc;
            System.arraycopy(writes.get(loc), 0, mine, 1, mine.length - 1);
            List<int[]> kept = new ArrayList<>();
            for (int[] order : orders) {
                if (!sameEvents(order, mine)) {
                    return null;
                }
                if (order[0] == loc && keepsProgramOrder(order)) {
                    kept.add(order);
                }
            }
            result.add(kept);
        }
        for (int loc : model.keySet()) {
            if (loc < 0 || loc >= writes.size()) {
                return null;
            }
        }
        return result;
    }

    private static boolean sameEvents(int[] order, int[] mine) {
        int[] a = order.clone();
        int[] b = mine.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        return Arrays.equals(a, b);
    }

    private boolean keepsProgramOrder(int[] order) {
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                Event a = s.events.get(order[i]);
                Event b = s.events.get(order[j]);
                if (a.kind() != Kind.INIT && b.kind() != Kind.INIT && a.thread() == b.thread() && order[j] < order[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a read takes the initial value after its thread wrote the location (CoWR) or read
     * a later write of it (CoRR): the initial write would have to follow another in co, and no
     * order puts it anywhere but first. With this, every order built passes coherence.
     */
    private boolean readsInitTooLate(ReadsFrom rf, int[] choice) {
        for (int i = 0; i < rf.reads.length; i++) {
            int r = rf.reads[i];
            Event re = s.events.get(r);
            if (re.kind() != Kind.READ || s.events.get(rf.sources[i][choice[i]]).kind() != Kind.INIT) {
                continue;
            }
            for (int j = s.firstOfThread[re.thread()]; j < r; j++) {
                Event e = s.events.get(j);
                if (e.location() != re.location()) {
                    continue;
                }
                if (e.kind() == Kind.WRITE) {
                    return true;
                }
                int k = rf.position(j);
                if (e.kind() == Kind.READ && k >= 0 && s.events.get(rf.sources[k][choice[k]]).kind() != Kind.INIT) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * before[a][b]: a must precede b (CoherenceShapes.need for each read and the other accesses
     * of its thread and location; writes among themselves keep po when orders are built);
     * next[w] = the RMW write that must follow w at once (CoherenceShapes.atomic).
     */
    private void constraints(ReadsFrom rf, int[] sourceOf, boolean[][] before, int[] next, boolean coherence,
                             boolean atomic) {
        for (int r : coherence ? rf.reads : new int[0]) {
            Event re = s.events.get(r);
            int w = sourceOf[r];
            if (re.kind() != Kind.READ) {
                continue;
            }
            int first = s.firstOfThread[re.thread()];
            int end = first + s.paths.get(re.thread()).events().size();
            for (int j = first; j < end; j++) {
                Event e = s.events.get(j);
                if (j == r || e.location() != re.location()) {
                    continue;
                }
                if (e.kind() == Kind.WRITE) {
                    // CoWR (the write first) or CoRW (the read first); the latter's IMPOSSIBLE
                    // case, a read of a po-later own write, is no rf choice while coherence is on
                    int a = j < r ? j : w;
                    int b = j < r ? w : j;
                    if (CoherenceShapes.need(a, b, j < r) == CoherenceShapes.Need.FIRST_BEFORE_SECOND) {
                        order(before, a, b);
                    }
                } else if (e.kind() == Kind.READ && j < r && sourceOf[j] >= 0
                        && CoherenceShapes.need(sourceOf[j], w, true) == CoherenceShapes.Need.FIRST_BEFORE_SECOND) {
                    order(before, sourceOf[j], w); // CoRR
                }
            }
        }
        for (int t = 0; atomic && t < s.paths.size(); t++) {
            List<Event> evs = s.paths.get(t).events();
            for (int i = 0; i < evs.size(); i++) {
                Event e = evs.get(i);
                if (e.kind() == Kind.WRITE && e.rmwRead() >= 0 && sourceOf[s.firstOfThread[t] + e.rmwRead()] >= 0) {
                    next[sourceOf[s.firstOfThread[t] + e.rmwRead()]] = s.firstOfThread[t] + i;
                }
            }
        }
    }

    private void order(boolean[][] before, int a, int b) {
        if (before[a] == null) {
            before[a] = new boolean[s.size()];
        }
        before[a][b] = true;
    }

    private void extend(int[] ws, boolean[] used, int[] current, int depth, boolean[][] before, int[] next,
                        List<int[]> out) {
        if (depth == current.length) {
            if ((out.size() & 0xfff) == 0xfff) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("interrupted");
                }
                if (out.size() >= MAX_ORDERS) {
                    throw new TooLargeException("more than " + MAX_ORDERS + " coherence orders of one location;"
                            + " this test is beyond the checker's budget");
                }
            }
            out.add(current.clone());
            return;
        }
        int last = current[depth - 1];
        for (int k = 0; k < ws.length; k++) {
            if (used[k] || !canComeNext(ws, used, k, last, before, next)) {
                continue;
            }
            used[k] = true;
            current[depth] = ws[k];
            extend(ws, used, current, depth + 1, before, next, out);
            used[k] = false;
        }
    }

    private boolean canComeNext(int[] ws, boolean[] used, int k, int last, boolean[][] before, int[] next) {
        int w = ws[k];
        if (next[last] >= 0 && next[last] != w) {
            return false; // the RMW write that read from last must come right after it
        }
        for (int j = 0; j < ws.length; j++) {
            if (used[j] || j == k) {
                continue;
            }
            if (next[ws[j]] == w) {
                return false; // w is an RMW write whose source is still to come
            }
        }
        Event e = s.events.get(w);
        boolean unmatched = e.kind() == Kind.LOCK_WRITE && unmatchedLock(s, w);
        for (int j = 0; j < ws.length; j++) {
            if (used[j] || j == k) {
                continue;
            }
            Event other = s.events.get(ws[j]);
            if (other.thread() == e.thread() && ws[j] < w) {
                return false;
            }
            if (unmatched && other.kind() == Kind.LOCK_WRITE) {
                return false;
            }
            if (before[ws[j]] != null && before[ws[j]][w]) {
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
