package org.lkmm.relation;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** An immutable set of event indices 0..size-1, stored as a bitset. */
public final class EventSet {
    final int size;
    final long[] bits;

    EventSet(int size, long[] bits) {
        this.size = size;
        this.bits = bits;
    }

    public static EventSet empty(int size) {
        return new EventSet(size, new long[Words.of(size)]);
    }

    public static EventSet of(int size, IntPredicate member) {
        long[] bits = new long[Words.of(size)];
        for (int i = 0; i < size; i++) {
            if (member.test(i)) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return new EventSet(size, bits);
    }

    public static Builder builder(int size) {
        return new Builder(size);
    }

    /** Mutable only while it is built. */
    public static final class Builder {
        private final int size;
        private final long[] bits;

        private Builder(int size) {
            this.size = size;
            this.bits = new long[Words.of(size)];
        }

        public Builder add(int e) {
            bits[e >>> 6] |= 1L << e;
            return this;
        }

        public EventSet build() {
            return new EventSet(size, bits.clone());
        }
    }

    public int size() {
        return size;
    }

    public boolean contains(int e) {
        return (bits[e >>> 6] & (1L << e)) != 0;
    }

    public boolean isEmpty() {
        for (long w : bits) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    public EventSet union(EventSet o) {
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] |= o.bits[i];
        }
        return new EventSet(size, r);
    }

    public EventSet intersect(EventSet o) {
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= o.bits[i];
        }
        return new EventSet(size, r);
    }

    public EventSet minus(EventSet o) {
        long[] r = bits.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] &= ~o.bits[i];
        }
        return new EventSet(size, r);
    }

    public EventSet complement() {
        long[] r = new long[bits.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = ~bits[i];
        }
        if ((size & 63) != 0) {
            r[r.length - 1] &= (1L << (size & 63)) - 1;
        }
        return new EventSet(size, r);
    }

    public int[] members() {
        return java.util.stream.IntStream.range(0, size).filter(this::contains).toArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSet s && s.size == size && Arrays.equals(s.bits, bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }
}
