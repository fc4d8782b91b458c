package org.lkmm.relation;

import java.util.Arrays;

/**
 * An immutable binary relation over events 0..size-1: one bitset row per event.
 * The operators are those of the cat language: | & \ ; ^-1 + * ? [S].
 */
public final class Relation {
    private final int size;
    private final int words;
    private final long[] rows;

    private Relation(int size, long[] rows) {
        this.size = size;
        this.words = Words.of(size);
        this.rows = rows;
    }

    public static Relation empty(int size) {
        return new Relation(size, new long[size * Words.of(size)]);
    }

    public static Relation identity(EventSet set) {
        Builder b = builder(set.size);
        for (int e : set.members()) {
            b.add(e, e);
        }
        return b.build();
    }

    /** The cartesian product from * to. */
    public static Relation product(EventSet from, EventSet to) {
        Builder b = builder(from.size);
        for (int e : from.members()) {
            System.arraycopy(to.bits, 0, b.rows, e * b.words, b.words);
        }
        return b.build();
    }

    public static Builder builder(int size) {
        return new Builder(size);
    }

    public int size() {
        return size;
    }

    public boolean contains(int a, int b) {
        return (rows[a * words + (b >>> 6)] & (1L << b)) != 0;
    }

    /** The number of events a is related to. */
    public int successors(int a) {
        int count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(rows[a * words + w]);
        }
        return count;
    }

    public boolean isEmpty() {
        for (long w : rows) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    public Relation union(Relation o) {
        long[] r = rows.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] |= o.rows[i];
        }
        return new Relation(size, r);
    }

    public Relation intersect(Relation o) {
        long[] r = rows.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= o.rows[i];
        }
        return new Relation(size, r);
    }

    public Relation minus(Relation o) {
        long[] r = rows.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= ~o.rows[i];
        }
        return new Relation(size, r);
    }

    /** Relational composition: this ; o. */
    public Relation seq(Relation o) {
        if (isEmpty()) {
            return this;
        }
        return compose(o, false);
    }

    /** this^-1 ; o, without building the inverse. */
    public Relation inverseSeq(Relation o) {
        return compose(o, true);
    }

    /**
     * For each pair (a, b) of this, a's row gains o's row of b (this ; o) or, inverted, b's row
     * gains o's row of a (this^-1 ; o).
     */
    private Relation compose(Relation o, boolean inverted) {
        long[] r = new long[rows.length];
        for (int a = 0; a < size; a++) {
            int base = a * words;
            for (int w = 0; w < words; w++) {
                long bitsOfRow = rows[base + w];
                while (bitsOfRow != 0) {
                    int b = (w << 6) + Long.numberOfTrailingZeros(bitsOfRow);
                    bitsOfRow &= bitsOfRow - 1;
                    int into = inverted ? b * words : base;
                    int from = inverted ? base : b * words;
                    for (int k = 0; k < words; k++) {
                        r[into + k] |= o.rows[from + k];
                    }
                }
            }
        }
        return new Relation(size, r);
    }

    public Relation inverse() {
        Builder b = builder(size);
        forEach((x, y) -> b.add(y, x));
        return b.build();
    }

    /**
     * Transitive closure r+. When r is acyclic (hb, pb and most relations the model closes),
     * successors' closures are merged in reverse topological order, in time linear in the
     * edges; otherwise Warshall's algorithm.
     */
    public Relation plus() {
        int[] order = topologicalOrder();
        if (order != null) {
            long[] r = new long[rows.length];
            for (int k = order.length - 1; k >= 0; k--) {
                int a = order[k];
                int base = a * words;
                for (int w = 0; w < words; w++) {
                    long succ = rows[base + w];
                    r[base + w] |= succ;
                    while (succ != 0) {
                        int b = (w << 6) + Long.numberOfTrailingZeros(succ);
                        succ &= succ - 1;
                        int bb = b * words;
                        for (int v = 0; v < words; v++) {
                            r[base + v] |= r[bb + v];
                        }
                    }
                }
            }
            return new Relation(size, r);
        }
        return warshall();
    }

    /** Events in an order where every edge goes forward, or null when there is a cycle. */
    private int[] topologicalOrder() {
        int[] indegree = new int[size];
        for (int a = 0; a < size; a++) {
            for (int w = 0; w < words; w++) {
                long bitsOfRow = rows[a * words + w];
                while (bitsOfRow != 0) {
                    indegree[(w << 6) + Long.numberOfTrailingZeros(bitsOfRow)]++;
                    bitsOfRow &= bitsOfRow - 1;
                }
            }
        }
        int[] order = new int[size];
        int head = 0;
        int tail = 0;
        for (int a = 0; a < size; a++) {
            if (indegree[a] == 0) {
                order[tail++] = a;
            }
        }
        while (head < tail) {
            int a = order[head++];
            for (int w = 0; w < words; w++) {
                long bitsOfRow = rows[a * words + w];
                while (bitsOfRow != 0) {
                    int b = (w << 6) + Long.numberOfTrailingZeros(bitsOfRow);
                    bitsOfRow &= bitsOfRow - 1;
                    if (--indegree[b] == 0) {
                        order[tail++] = b;
                    }
                }
            }
        }
        return tail == size ? order : null;
    }

    private Relation warshall() {
        long[] r = rows.clone();
        for (int k = 0; k < size; k++) {
            int kb = k * words;
            long kbit = 1L << k;
            int kw = k >>> 6;
            for (int a = 0; a < size; a++) {
                if ((r[a * words + kw] & kbit) != 0) {
                    int ab = a * words;
                    for (int w = 0; w < words; w++) {
                        r[ab + w] |= r[kb + w];
                    }
                }
            }
        }
        return new Relation(size, r);
    }

    /** Reflexive-transitive closure r*. */
    public Relation star() {
        return plus().optional();
    }

    /** r? = r | id. */
    public Relation optional() {
        long[] r = rows.clone();
        for (int a = 0; a < size; a++) {
            r[a * words + (a >>> 6)] |= 1L << a;
        }
        return new Relation(size, r);
    }

    /** [from] ; r ; [to]. */
    public Relation restrict(EventSet from, EventSet to) {
        long[] r = new long[rows.length];
        for (int a = 0; a < size; a++) {
            if (from.contains(a)) {
                for (int w = 0; w < words; w++) {
                    r[a * words + w] = rows[a * words + w] & to.bits[w];
                }
            }
        }
        return new Relation(size, r);
    }

    /** [domain] ; r */
    public Relation from(EventSet domain) {
        long[] r = new long[rows.length];
        for (int a = 0; a < size; a++) {
            if (domain.contains(a)) {
                System.arraycopy(rows, a * words, r, a * words, words);
            }
        }
        return new Relation(size, r);
    }

    /** r ; [range] */
    public Relation to(EventSet range) {
        long[] r = new long[rows.length];
        for (int a = 0; a < size; a++) {
            for (int w = 0; w < words; w++) {
                r[a * words + w] = rows[a * words + w] & range.bits[w];
            }
        }
        return new Relation(size, r);
    }

    public EventSet domain() {
        return EventSet.of(size, a -> {
            for (int w = 0; w < words; w++) {
                if (rows[a * words + w] != 0) {
                    return true;
                }
            }
            return false;
        });
    }

    public EventSet range() {
        long[] bits = new long[words];
        for (int a = 0; a < size; a++) {
            for (int w = 0; w < words; w++) {
                bits[w] |= rows[a * words + w];
            }
        }
        return new EventSet(size, bits);
    }

    public boolean isIrreflexive() {
        for (int a = 0; a < size; a++) {
            if (contains(a, a)) {
                return false;
            }
        }
        return true;
    }

    /** Depth-first search for a cycle; cheaper than testing r+ for irreflexivity. */
    public boolean isAcyclic() {
        byte[] state = new byte[size]; // 0 new, 1 on the stack, 2 done
        int[] stack = new int[size];
        int[] nextWord = new int[size];
        long[] pending = new long[size];
        for (int root = 0; root < size; root++) {
            if (state[root] != 0) {
                continue;
            }
            int depth = 0;
            stack[0] = root;
            state[root] = 1;
            nextWord[0] = 0;
            pending[0] = words > 0 ? rows[root * words] : 0;
            while (depth >= 0) {
                int a = stack[depth];
                while (pending[depth] == 0 && nextWord[depth] + 1 < words) {
                    nextWord[depth]++;
                    pending[depth] = rows[a * words + nextWord[depth]];
                }
                if (pending[depth] == 0) {
                    state[a] = 2;
                    depth--;
                    continue;
                }
                int b = (nextWord[depth] << 6) + Long.numberOfTrailingZeros(pending[depth]);
                pending[depth] &= pending[depth] - 1;
                if (state[b] == 1) {
                    return false;
                }
                if (state[b] == 0) {
                    state[b] = 1;
                    depth++;
                    stack[depth] = b;
                    nextWord[depth] = 0;
                    pending[depth] = rows[b * words];
                }
            }
        }
        return true;
    }

    /** The events of one cycle (first event not repeated), or an empty list when acyclic. */
    public java.util.List<Integer> findCycle() {
        int[] state = new int[size];
        int[] parent = new int[size];
        for (int root = 0; root < size; root++) {
            if (state[root] == 0) {
                java.util.List<Integer> cycle = dfsCycle(root, state, parent);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
            }
        }
        return java.util.List.of();
    }

    private java.util.List<Integer> dfsCycle(int a, int[] state, int[] parent) {
        state[a] = 1;
        for (int b = 0; b < size; b++) {
            if (!contains(a, b)) {
                continue;
            }
            if (state[b] == 1) {
                java.util.LinkedList<Integer> cycle = new java.util.LinkedList<>();
                for (int x = a; x != b; x = parent[x]) {
                    cycle.addFirst(x);
                }
                cycle.addFirst(b);
                return cycle;
            }
            if (state[b] == 0) {
                parent[b] = a;
                java.util.List<Integer> found = dfsCycle(b, state, parent);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        state[a] = 2;
        return java.util.List.of();
    }

    /** A relation whose rows are given bitsets: row a is rowOf(a), or empty when null. */
    public static Relation ofRows(int size, java.util.function.IntFunction<EventSet> rowOf) {
        int words = Words.of(size);
        long[] rows = new long[size * words];
        for (int a = 0; a < size; a++) {
            EventSet row = rowOf.apply(a);
            if (row != null) {
                System.arraycopy(row.bits, 0, rows, a * words, words);
            }
        }
        return new Relation(size, rows);
    }

    /** Pairs of successors as the cat's singlestep(r) = r \ (r;r+). */
    public Relation immediate() {
        return minus(seq(plus()));
    }

    public interface PairConsumer {
        void accept(int a, int b);
    }

    public void forEach(PairConsumer action) {
        for (int a = 0; a < size; a++) {
            for (int w = 0; w < words; w++) {
                long bitsOfRow = rows[a * words + w];
                while (bitsOfRow != 0) {
                    int b = (w << 6) + Long.numberOfTrailingZeros(bitsOfRow);
                    bitsOfRow &= bitsOfRow - 1;
                    action.accept(a, b);
                }
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && r.size == size && Arrays.equals(r.rows, rows);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rows);
    }

    /** Mutable only while it is built. */
    /** Collects pairs; build() hands its rows over, so a builder builds once. */
    public static final class Builder {
        private final int size;
        private final int words;
        private long[] rows;

        private Builder(int size) {
            this.size = size;
            this.words = Words.of(size);
            this.rows = new long[size * words];
        }

        public Builder add(int a, int b) {
            rows[a * words + (b >>> 6)] |= 1L << b;
            return this;
        }

        public Relation build() {
            if (rows == null) {
                throw new IllegalStateException("built already");
            }
            Relation r = new Relation(size, rows);
            rows = null;
            return r;
        }
    }
}
