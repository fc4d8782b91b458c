package org.lkmm.solver;

import java.util.Map;
import java.util.TreeMap;

/**
 * herd7's union-find of equal unknowns (herd/partition.ml): union by rank, the right-hand root
 * under the left-hand one on a tie, path compression in find. Its solution maps each unknown to
 * its direct parent, not always its root; herd keeps that quirk and so do we, since it decides
 * which name an unknown prints with and which equations survive.
 */
final class Partition {
    private static final class Cell {
        final int value;
        int rank;
        Cell parent = this;

        Cell(int value) {
            this.value = value;
        }
    }

    private final Map<Integer, Cell> cells = new TreeMap<>();

    void add(int var) {
        cells.computeIfAbsent(var, Cell::new);
    }

    private static Cell find(Cell c) {
        if (c.parent == c) {
            return c;
        }
        Cell root = find(c.parent);
        c.parent = root;
        return root;
    }

    void union(int x1, int x2) {
        Cell d1 = find(cells.get(x1));
        Cell d2 = find(cells.get(x2));
        if (d1.rank > d2.rank) {
            d2.parent = d1;
        } else if (d2.rank > d1.rank) {
            d1.parent = d2;
        } else if (d1 != d2) {
            d2.parent = d1;
            d1.rank++;
        }
    }

    /** Whether every unknown's parent is the root of its class: then herd's solution is exact. */
    boolean flat() {
        for (Cell c : cells.values()) {
            if (c.parent.parent != c.parent) {
                return false;
            }
        }
        return true;
    }

    /** Every unknown that is not a root, with its direct parent (Part.as_solution). */
    Map<Integer, Integer> asSolution() {
        Map<Integer, Integer> out = new TreeMap<>();
        cells.forEach((x, c) -> {
            if (c.parent != c) {
                out.put(x, c.parent.value);
            }
        });
        return out;
    }
}
