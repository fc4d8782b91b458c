package org.lkmm.enumerate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.lkmm.program.Event;
import org.lkmm.program.Kind;
import org.lkmm.program.ThreadPath;

/**
 * One thread's paths seen as a table from the values its reads return: when the paths all have
 * one shape and there is one path for every combination of the values each read may take, a
 * path is named by its read values, and anything computed on a path (a write's value, a final
 * register) is a function of the reads it depends on.
 */
final class ValueTable {
    /** Positions (po-indices) of the thread's reads. */
    final int[] reads;
    /** The values each read may take (in the order of reads); {ANY_VALUE} for a read whose value nothing uses. */
    final List<Set<Long>> domains;
    private final Map<List<Long>, ThreadPath> pathByValues;
    private final List<ThreadPath> paths;

    private ValueTable(int[] reads, List<Set<Long>> domains, Map<List<Long>, ThreadPath> pathByValues,
                       List<ThreadPath> paths) {
        this.reads = reads;
        this.domains = domains;
        this.pathByValues = pathByValues;
        this.paths = paths;
    }

    /** The table of a thread's paths, if they have one shape and form the full product of read values. */
    static Optional<ValueTable> of(List<ThreadPath> paths) {
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        List<Event> first = paths.get(0).events();
        int[] reads = new int[first.size()];
        int count = 0;
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).kind() == Kind.READ) {
                reads[count++] = i;
            }
        }
        reads = Arrays.copyOf(reads, count);
        List<Set<Long>> domains = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            domains.add(new LinkedHashSet<>());
        }
        Map<List<Long>, ThreadPath> byValues = new HashMap<>();
        for (ThreadPath p : paths) {
            List<Long> key = readValues(p, reads);
            for (int i = 0; i < count; i++) {
                domains.get(i).add(key.get(i));
            }
            if (byValues.put(key, p) != null) {
                return Optional.empty(); // two paths read the same values: not named by them
            }
        }
        long product = 1;
        for (Set<Long> d : domains) {
            if (d.size() > 1 && d.contains(Event.ANY_VALUE)) {
                return Optional.empty(); // a path of any value there stands for some of the others'
            }
            product *= d.size();
            if (product > paths.size()) {
                return Optional.empty();
            }
        }
        return product == paths.size() ? Optional.of(new ValueTable(reads, domains, byValues, paths)) : Optional.empty();
    }

    private static List<Long> readValues(ThreadPath p, int[] reads) {
        List<Long> key = new ArrayList<>(reads.length);
        for (int r : reads) {
            key.add(p.events().get(r).value());
        }
        return key;
    }

    ThreadPath path(List<Long> readValues) {
        return pathByValues.get(readValues);
    }

    /**
     * A quantity computed on each path as a function of the reads it depends on: those reads
     * (indices into reads) and the table from their values. Over a product of domains, a
     * quantity that does not change when one read alone changes does not depend on that read.
     */
    Computed computed(ToLongFunction<ThreadPath> quantity) {
        List<Integer> depends = new ArrayList<>();
        for (int i = 0; i < reads.length; i++) {
            Map<List<Long>, Long> others = new HashMap<>();
            for (ThreadPath p : paths) {
                List<Long> key = readValues(p, reads);
                key.set(i, null);
                Long before = others.putIfAbsent(key, quantity.applyAsLong(p));
                if (before != null && before != quantity.applyAsLong(p)) {
                    depends.add(i);
                    break;
                }
            }
        }
        Map<List<Long>, Long> table = new HashMap<>();
        for (ThreadPath p : paths) {
            List<Long> all = readValues(p, reads);
            List<Long> key = new ArrayList<>(depends.size());
            depends.forEach(i -> key.add(all.get(i)));
            table.put(key, quantity.applyAsLong(p));
        }
        return new Computed(depends.stream().mapToInt(Integer::intValue).toArray(), table);
    }

    /** on: indices into the thread's reads; value: from their values, in that order. */
    record Computed(int[] on, Map<List<Long>, Long> value) {}
}
