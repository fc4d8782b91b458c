package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.ThreadPath;

/**
 * Whether the reads of a partial choice of paths (threads 0..t) can still each find a write of
 * their value: among the initial writes, the chosen paths' writes (a thread's own po-later
 * writes left out while coherence is checked, as ReadsFrom does), or the writes some path of a
 * later thread makes. A skeleton where some read has no such write has no rf (ReadsFrom
 * .impossible), so the path search need not go below a choice that leaves one: it saves the
 * skeletons whose reads take values that only some other choice of paths writes.
 * <p>
 * Used as a stack along the search: push a path when it is chosen, pop it when left.
 */
final class ValueSources {
    /** Per path: the (location, value) numbers of its readable writes, and of the reads nothing of its own or initial feeds. */
    private record PathKeys(int[] writes, int[] needs) {}

    private final Map<ThreadPath, PathKeys> keys = new IdentityHashMap<>();
    /** later.get(t): the numbers some path of a thread t, t+1, ... writes. */
    private final List<BitSet> later = new ArrayList<>();
    /** How many chosen paths' writes there are of each (location, value) number. */
    private final int[] written;
    /** The reads no chosen or initial write feeds yet, level after level (see push). */
    private int[] open = new int[16];
    private final int[] openStart;

    private ValueSources(Map<ThreadPath, PathKeys> keys, List<List<ThreadPath>> threads, int numbers) {
        this.keys.putAll(keys);
        written = new int[numbers];
        later.add(new BitSet());
        for (int t = threads.size() - 1; t >= 0; t--) {
            BitSet suffix = (BitSet) later.get(0).clone();
            for (ThreadPath p : threads.get(t)) {
                for (int k : keys.get(p).writes()) {
                    suffix.set(k);
                }
            }
            later.add(0, suffix);
        }
        openStart = new int[threads.size() + 2];
    }

    /**
     * The check for a program's paths, or null where it would never drop a choice: every read is
     * fed by an initial write, by its own path, or by a write every path of another thread makes.
     */
    static ValueSources of(List<List<ThreadPath>> threads, List<Event> initialWrites, boolean excludeFuture) {
        Map<Long, Integer> number = new HashMap<>();
        Set<Long> initial = new HashSet<>();
        initialWrites.forEach(e -> initial.add(key(e)));
        Map<ThreadPath, PathKeys> keys = new IdentityHashMap<>();
        List<BitSet> certain = new ArrayList<>(); // per thread: what each of its paths writes
        for (List<ThreadPath> paths : threads) {
            BitSet all = null;
            for (ThreadPath p : paths) {
                PathKeys k = keysOf(p, initial, excludeFuture, number);
                keys.put(p, k);
                BitSet mine = new BitSet();
                Arrays.stream(k.writes()).forEach(mine::set);
                if (all == null) {
                    all = mine;
                } else {
                    all.and(mine);
                }
            }
            certain.add(all == null ? new BitSet() : all);
        }
        boolean mayDrop = false;
        for (int t = 0; t < threads.size() && !mayDrop; t++) {
            BitSet others = new BitSet();
            for (int u = 0; u < threads.size(); u++) {
                if (u != t) {
                    others.or(certain.get(u));
                }
            }
            for (ThreadPath p : threads.get(t)) {
                for (int n : keys.get(p).needs()) {
                    mayDrop |= !others.get(n);
                }
            }
        }
        return mayDrop ? new ValueSources(keys, threads, number.size()) : null;
    }

    private static long key(Event e) {
        return e.value() * 0x9E3779B97F4A7C15L + e.location(); // a collision only keeps a choice
    }

    private static PathKeys keysOf(ThreadPath p, Set<Long> initial, boolean excludeFuture, Map<Long, Integer> number) {
        List<Event> evs = p.events();
        List<Integer> writes = new ArrayList<>();
        List<Integer> needs = new ArrayList<>();
        for (int r = 0; r < evs.size(); r++) {
            Event e = evs.get(r);
            if (WriteIndex.readable(e)) {
                writes.add(number.computeIfAbsent(key(e), k -> number.size()));
            }
            if (e.kind() != Kind.READ || e.value() == Event.ANY_VALUE || initial.contains(key(e))) {
                continue;
            }
            boolean fedByOwn = false;
            for (int w = 0; w < evs.size(); w++) {
                fedByOwn |= WriteIndex.readable(evs.get(w)) && key(evs.get(w)) == key(e) && (w < r || !excludeFuture);
            }
            if (!fedByOwn) {
                needs.add(number.computeIfAbsent(key(e), k -> number.size()));
            }
        }
        return new PathKeys(writes.stream().mapToInt(Integer::intValue).toArray(),
                needs.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Chooses p for thread t (threads before it chosen, pushed in order); false, and nothing
     * pushed, if some chosen read can no longer find a write of its value.
     */
    boolean push(ThreadPath p, int t) {
        PathKeys k = keys.get(p);
        BitSet rest = later.get(t + 1);
        // the reads open after threads 0..t-1 are open[openStart[t] .. openStart[t + 1]); those
        // still open after t follow them
        int from = openStart[t];
        int to = openStart[t + 1];
        int size = to;
        if (open.length < to + (to - from) + k.needs().length) {
            open = Arrays.copyOf(open, 2 * (to + (to - from) + k.needs().length));
        }
        for (int i = from; i < to; i++) {
            int n = open[i];
            if (!contains(k.writes(), n)) {
                if (!rest.get(n)) {
                    return false;
                }
                open[size++] = n;
            }
        }
        for (int n : k.needs()) {
            if (written[n] == 0) {
                if (!rest.get(n)) {
                    return false;
                }
                open[size++] = n;
            }
        }
        for (int w : k.writes()) {
            written[w]++;
        }
        openStart[t + 2] = size;
        return true;
    }

    /** Leaves the last choice pushed, p. */
    void pop(ThreadPath p) {
        for (int w : keys.get(p).writes()) {
            written[w]--;
        }
    }

    private static boolean contains(int[] keys, int k) {
        for (int x : keys) {
            if (x == k) {
                return true;
            }
        }
        return false;
    }
}
