package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.model.CoherenceShapes;

/**
 * The coherent rf and co choices of one location, apart from every other: coherence
 * (acyclic po-loc | rf | co | fr) only relates accesses of one location. Choices that agree on
 * what each read takes and which write is last leave the same values behind, so they come as
 * one, with their number.
 */
final class LocationChoices {
    /** An access of the location: its thread and po position; the initial write has thread -1. */
    record Access(int thread, int po) {}

    /**
     * sources[i]: the index in writes (0 = the initial write) read i takes; last: the index of
     * the co-last write; order: one co order (write indices, initial first); count: how many.
     */
    record Choice(int[] sources, int last, int[] order, long count) {}

    private LocationChoices() {}

    /** The choices, or null if there are more than limit of them before grouping. */
    static List<Choice> of(List<Access> reads, List<Access> writes, long limit) {
        Map<List<Integer>, Choice> grouped = new LinkedHashMap<>();
        long[] seen = {0};
        int[] sources = new int[reads.size()];
        List<int[]> orders = new ArrayList<>();
        int[] order = new int[writes.size() + 1];
        if (!orders(writes, new boolean[writes.size()], order, 1, orders, limit)
                || !chooseSources(reads, writes, sources, 0, orders, grouped, seen, limit)) {
            return null;
        }
        return List.copyOf(grouped.values());
    }

    private static boolean chooseSources(List<Access> reads, List<Access> writes, int[] sources, int i,
                                         List<int[]> orders, Map<List<Integer>, Choice> grouped, long[] seen, long limit) {
        if (i == reads.size()) {
            for (int[] order : orders) {
                if (++seen[0] > limit) {
                    return false;
                }
                if (coherent(reads, writes, sources, order)) {
                    List<Integer> key = new ArrayList<>(sources.length + 1);
                    Arrays.stream(sources).forEach(key::add);
                    key.add(order[order.length - 1]);
                    Choice before = grouped.get(key);
                    grouped.put(key, before == null ? new Choice(sources.clone(), order[order.length - 1], order, 1)
                            : new Choice(before.sources(), before.last(), before.order(), before.count() + 1));
                }
            }
            return true;
        }
        Access r = reads.get(i);
        for (int w = 0; w <= writes.size(); w++) {
            Access source = w == 0 ? null : writes.get(w - 1);
            if (source != null && source.thread() == r.thread() && source.po() > r.po()) {
                continue; // a po-later write of its own thread: CoherenceShapes.Need.IMPOSSIBLE
            }
            sources[i] = w;
            if (!chooseSources(reads, writes, sources, i + 1, orders, grouped, seen, limit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every order of the writes after the initial one (index 0) that keeps each thread's writes in
     * po; false, with the list left incomplete, once there are more than limit.
     */
    private static boolean orders(List<Access> writes, boolean[] used, int[] order, int depth, List<int[]> out,
                                  long limit) {
        if (depth == order.length) {
            out.add(order.clone());
            return out.size() <= limit;
        }
        for (int k = 0; k < writes.size(); k++) {
            if (used[k] || earlierOfThreadUnused(writes, used, k)) {
                continue;
            }
            used[k] = true;
            order[depth] = k + 1;
            boolean within = orders(writes, used, order, depth + 1, out, limit);
            used[k] = false;
            if (!within) {
                return false;
            }
        }
        return true;
    }

    private static boolean earlierOfThreadUnused(List<Access> writes, boolean[] used, int k) {
        for (int j = 0; j < writes.size(); j++) {
            if (!used[j] && j != k && writes.get(j).thread() == writes.get(k).thread() && writes.get(j).po() < writes.get(k).po()) {
                return true;
            }
        }
        return false;
    }

    /** Whether po-loc | rf | co | fr is acyclic on this location (CoherenceShapes.inOrder on every pair). */
    private static boolean coherent(List<Access> reads, List<Access> writes, int[] sources, int[] order) {
        int[] place = new int[writes.size() + 1];
        for (int p = 0; p < order.length; p++) {
            place[order[p]] = p;
        }
        int n = reads.size() + writes.size();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                Access first = access(reads, writes, a);
                Access second = access(reads, writes, b);
                if (first.thread() != second.thread() || first.po() >= second.po()) {
                    continue;
                }
                boolean firstReads = a < reads.size();
                boolean secondReads = b < reads.size();
                int p = place[firstReads ? sources[a] : a - reads.size() + 1];
                int q = place[secondReads ? sources[b] : b - reads.size() + 1];
                if (!CoherenceShapes.inOrder(p, q, secondReads)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Access access(List<Access> reads, List<Access> writes, int i) {
        return i < reads.size() ? reads.get(i) : writes.get(i - reads.size());
    }
}
