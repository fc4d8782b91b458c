package org.lkmm.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.lkmm.program.Event;
import org.lkmm.program.FenceKind;
import org.lkmm.program.Kind;
import org.lkmm.relation.Relation;

/**
 * linux-kernel.bell: matching of (S)RCU read-side critical sections and the flags about them.
 * The bell's fixed point pairs each unlock with the nearest unmatched lock before it, which
 * is what a stack per thread (per thread and srcu_struct for Linux 6.1's SRCU) computes. Since
 * v6.4 SRCU sections are matched through data and rf instead (per execution: {@link Run#srcuRscs}).
 */
final class Bell {
    final Relation rcuRscs;
    /** Linux 6.1's srcu-rscs (its SRCU events only; empty for a later generation's loads and stores). */
    final Relation srcuRscs;
    final boolean unmatchedRcuLock;
    final boolean unmatchedRcuUnlock;
    final boolean unbalancedSrcu;
    final boolean srcuBadNesting;
    /** flag ~empty rcu-rscs & (po ; [Sync-srcu] ; po) as invalid-sleep */
    final boolean invalidSleep;

    Bell(Structure b) {
        Relation.Builder rcu = Relation.builder(b.n);
        Relation.Builder srcu = Relation.builder(b.n);
        Map<Long, Deque<Integer>> open = new HashMap<>();
        int matchedRcuLocks = 0;
        int matchedRcuUnlocks = 0;
        int matchedSrcu = 0;
        int rcuLocks = 0;
        int rcuUnlocks = 0;
        int srcuEvents = 0;
        boolean badNesting = false;
        for (int i = 0; i < b.n; i++) {
            Event e = b.ev.get(i);
            boolean rcuLock = e.kind() == Kind.FENCE && e.fence() == FenceKind.RCU_LOCK;
            boolean rcuUnlock = e.kind() == Kind.FENCE && e.fence() == FenceKind.RCU_UNLOCK;
            rcuLocks += rcuLock ? 1 : 0;
            rcuUnlocks += rcuUnlock ? 1 : 0;
            if (e.kind() == Kind.SRCU_LOCK || e.kind() == Kind.SRCU_UNLOCK) {
                srcuEvents++;
            }
            long rcuKey = ((long) e.thread() << 32) | 0xffffffffL;
            long srcuKey = ((long) e.thread() << 32) | (e.location() & 0xffffffffL);
            if (rcuLock) {
                open.computeIfAbsent(rcuKey, k -> new ArrayDeque<>()).push(i);
            } else if (rcuUnlock) {
                Deque<Integer> s = open.get(rcuKey);
                if (s != null && !s.isEmpty()) {
                    rcu.add(s.pop(), i);
                    matchedRcuLocks++;
                    matchedRcuUnlocks++;
                }
            } else if (e.kind() == Kind.SRCU_LOCK) {
                open.computeIfAbsent(srcuKey, k -> new ArrayDeque<>()).push(i);
            } else if (e.kind() == Kind.SRCU_UNLOCK) {
                Deque<Integer> s = open.get(srcuKey);
                if (s != null && !s.isEmpty()) {
                    int lock = s.pop();
                    srcu.add(lock, i);
                    matchedSrcu += 2;
                    // flag ~empty different-values(srcu-rscs) as srcu-bad-nesting
                    badNesting |= b.ev.get(lock).value() != e.value();
                }
            }
        }
        rcuRscs = rcu.build();
        srcuRscs = srcu.build();
        unmatchedRcuLock = matchedRcuLocks != rcuLocks;
        unmatchedRcuUnlock = matchedRcuUnlocks != rcuUnlocks;
        invalidSleep = !rcuRscs.intersect(b.po.to(b.syncSrcu).seq(b.po)).isEmpty();
        unbalancedSrcu = matchedSrcu != srcuEvents;
        srcuBadNesting = badNesting;
    }
}
