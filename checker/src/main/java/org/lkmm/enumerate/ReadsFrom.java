package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;

/**
 * The writes each read may read from. Ordinary reads need a write of their value (any write of
 * their location if nothing uses their value: Event.ANY_VALUE); LF, RL and
 * RU events follow lock.cat (rfi-lf is forced, rfe-lf and rf-ru are chosen). LKR events get
 * their rf from co later, so they are not listed. Reads from po-later writes of the same
 * thread are left out while coherence is checked: it forbids them in every execution.
 */
final class ReadsFrom {
    final int[] reads;
    final int[][] sources;

    /**
     * excludeFuture drops reads from po-later writes of the same thread (coherence forbids them);
     * uninitialised[loc]: herd7 has no initial write there (a lock at an integer, Layout.lockOnly).
     */
    ReadsFrom(Skeleton s, int[][] writesAt, boolean excludeFuture, boolean[] uninitialised) {
        int[] rs = new int[s.size()];
        int[][] srcs = new int[s.size()][];
        int count = 0;
        for (int r = 0; r < s.size(); r++) {
            Event e = s.events.get(r);
            int[] options = switch (e.kind()) {
                case READ -> ordinary(s, r, e, writesAt[e.location()], excludeFuture);
                case LOCK_FAIL, READ_LOCKED -> lockFail(s, r, e);
                case READ_UNLOCKED -> readUnlocked(s, r, e, uninitialised[e.location()]);
                default -> null;
            };
            if (options != null) {
                rs[count] = r;
                srcs[count++] = options;
            }
        }
        reads = Arrays.copyOf(rs, count);
        sources = Arrays.copyOf(srcs, count);
    }

    /** The position of event e among the reads, or -1. */
    int position(int e) {
        int k = Arrays.binarySearch(reads, e);
        return k >= 0 ? k : -1;
    }

    boolean impossible() {
        for (int[] s : sources) {
            if (s.length == 0) {
                return true;
            }
        }
        return false;
    }

    private static int[] ordinary(Skeleton s, int r, Event e, int[] writes, boolean excludeFuture) {
        int[] out = new int[writes.length];
        int count = 0;
        for (int w : writes) {
            Event we = s.events.get(w);
            if (e.takesValueOf(we) && !(excludeFuture && we.thread() == e.thread() && w > r)) {
                out[count++] = w;
            }
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /** rfi-lf if the LF sits in its own thread's critical section, else any external LKW. */
    private static int[] lockFail(Skeleton s, int r, Event e) {
        int open = -1;
        for (int i = 0; i < r; i++) {
            Event p = s.events.get(i);
            if (p.thread() == e.thread() && p.location() == e.location()) {
                if (p.kind() == Kind.LOCK_WRITE) {
                    open = i;
                } else if (p.kind() == Kind.UNLOCK) {
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            return new int[] {open};
        }
        List<Integer> out = new ArrayList<>();
        for (int w = 0; w < s.size(); w++) {
            Event we = s.events.get(w);
            if (we.kind() == Kind.LOCK_WRITE && we.location() == e.location() && we.thread() != e.thread()) {
                out.add(w);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** External UL or IW (where there is one), or a po-earlier UL with no LKW of the location after it. */
    private static int[] readUnlocked(Skeleton s, int r, Event e, boolean uninitialised) {
        List<Integer> out = new ArrayList<>();
        for (int w = 0; w < s.size(); w++) {
            Event we = s.events.get(w);
            if (we.location() != e.location()) {
                continue;
            }
            boolean external = we.thread() != e.thread();
            if (we.kind() == Kind.INIT && !uninitialised || we.kind() == Kind.UNLOCK && external) {
                out.add(w);
            } else if (we.kind() == Kind.UNLOCK && w < r && noLockBetween(s, w, r, e)) {
                out.add(w);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean noLockBetween(Skeleton s, int from, int to, Event e) {
        for (int i = from + 1; i < to; i++) {
            Event p = s.events.get(i);
            if (p.kind() == Kind.LOCK_WRITE && p.location() == e.location()) {
                return false;
            }
        }
        return true;
    }
}
