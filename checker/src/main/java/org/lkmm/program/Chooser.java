package org.lkmm.program;

import java.util.ArrayList;
import java.util.List;

/**
 * Depth-first enumeration of the nondeterministic choices of one thread run (values of reads,
 * trylock outcomes): each run replays a prefix and takes option 0 beyond it.
 */
final class Chooser {
    private final List<Integer> taken = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private int cursor;

    int choose(int options) {
        if (cursor < taken.size()) {
            return taken.get(cursor++);
        }
        taken.add(0);
        sizes.add(options);
        cursor++;
        return 0;
    }

    /** Moves to the next untried choice sequence; false when all have been tried. */
    boolean advance() {
        cursor = 0;
        for (int i = taken.size() - 1; i >= 0; i--) {
            if (taken.get(i) + 1 < sizes.get(i)) {
                taken.set(i, taken.get(i) + 1);
                taken.subList(i + 1, taken.size()).clear();
                sizes.subList(i + 1, sizes.size()).clear();
                return true;
            }
        }
        return false;
    }
}
