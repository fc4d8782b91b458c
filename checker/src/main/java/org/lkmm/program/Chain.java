package org.lkmm.program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** An immutable sequence with constant-time concatenation, for the monad's events and equations. */
abstract sealed class Chain<T> {
    private static final Chain<?> EMPTY = new Empty<>();

    @SuppressWarnings("unchecked")
    static <T> Chain<T> empty() {
        return (Chain<T>) EMPTY;
    }

    static <T> Chain<T> of(T item) {
        return new Leaf<>(item);
    }

    /** This sequence followed by other. */
    Chain<T> then(Chain<T> other) {
        if (this instanceof Empty) {
            return other;
        }
        return other instanceof Empty ? this : new Concat<>(this, other);
    }

    /** item followed by this sequence. */
    Chain<T> after(T item) {
        return of(item).then(this);
    }

    List<T> toList() {
        List<T> out = new ArrayList<>();
        Deque<Chain<T>> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) {
            Chain<T> c = todo.pop();
            if (c instanceof Leaf<T> l) {
                out.add(l.item);
            } else if (c instanceof Concat<T> k) {
                todo.push(k.right);
                todo.push(k.left);
            }
        }
        return out;
    }

    private static final class Empty<T> extends Chain<T> {}

    private static final class Leaf<T> extends Chain<T> {
        final T item;

        Leaf(T item) {
            this.item = item;
        }
    }

    private static final class Concat<T> extends Chain<T> {
        final Chain<T> left;
        final Chain<T> right;

        Concat(Chain<T> left, Chain<T> right) {
            this.left = left;
            this.right = right;
        }
    }
}
