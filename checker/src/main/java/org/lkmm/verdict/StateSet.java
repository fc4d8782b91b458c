package org.lkmm.verdict;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct final states of a test, kept small while the executions stream by: a state is
 * stored as one character per observed location, each standing for a value met before. Tests
 * with hundreds of thousands of states (long RCU chains) would otherwise keep their printed
 * lines alive through the whole search, and the garbage collector would copy them again and again.
 */
final class StateSet {
    private final StateColumns columns;
    private final Map<Long, Character> codes = new HashMap<>();
    private final List<Long> values = new ArrayList<>();
    private final Set<String> states = new HashSet<>();

    StateSet(StateColumns columns) {
        this.columns = columns;
    }

    void add(long[] state) {
        char[] key = new char[state.length];
        for (int i = 0; i < state.length; i++) {
            Character c = recent(state[i]);
            if (c == null) {
                if (values.size() > Character.MAX_VALUE) {
                    throw new IllegalStateException("more than 65536 distinct values in final states");
                }
                c = (char) values.size();
                codes.put(state[i], c);
                values.add(state[i]);
            }
            key[i] = c;
        }
        states.add(new String(key));
    }

    /** The code of a value among the first few met, without boxing; else from the map. */
    private Character recent(long value) {
        for (int i = 0; i < Math.min(values.size(), 8); i++) {
            if (values.get(i) == value) {
                return (char) i;
            }
        }
        return codes.get(value);
    }

    /**
     * The state lines, sorted as herd7 prints them; each line is rendered when asked for, so a
     * result waiting to be printed holds only the compact keys.
     */
    List<String> lines() {
        Integer[] byValue = new Integer[values.size()];
        Arrays.setAll(byValue, i -> i);
        Arrays.sort(byValue, (a, b) -> columns.compare(values.get(a), values.get(b)));
        char[] rank = new char[byValue.length];
        long[] valueOfRank = new long[byValue.length];
        for (int r = 0; r < byValue.length; r++) {
            rank[byValue[r]] = (char) r;
            valueOfRank[r] = values.get(byValue[r]);
        }
        // keys recoded by the rank of their values sort in herd's order as plain strings
        String[] keys = new String[states.size()];
        int k = 0;
        for (String key : states) {
            char[] ranked = new char[key.length()];
            for (int i = 0; i < ranked.length; i++) {
                ranked[i] = rank[key.charAt(i)];
            }
            keys[k++] = new String(ranked);
        }
        Arrays.sort(keys);
        return new Lines(columns, valueOfRank, keys);
    }

    /** Sorted keys, rendered on demand; holds nothing of the set that collected them. */
    private static final class Lines extends AbstractList<String> {
        private final StateColumns columns;
        private final long[] values;
        private final String[] keys;

        Lines(StateColumns columns, long[] values, String[] keys) {
            this.columns = columns;
            this.values = values;
            this.keys = keys;
        }

        @Override
        public String get(int index) {
            long[] state = new long[columns.names().size()];
            for (int i = 0; i < state.length; i++) {
                state[i] = values[keys[index].charAt(i)];
            }
            return columns.line(state);
        }

        @Override
        public int size() {
            return keys.length;
        }
    }
}
