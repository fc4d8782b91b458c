package org.lkmm.explain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lkmm.relation.Relation;

/** Shortest paths through a relation, for the starred parts of a cat sequence (cumul-fence*, hb*). */
final class Paths {
    private Paths() {}

    /** The edges of a shortest path from a to b (none when a == b), or null when there is none. */
    static List<int[]> shortest(Relation r, int a, int b) {
        if (a == b) {
            return List.of();
        }
        int n = r.size();
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        previous[a] = a;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(a));
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v = 0; v < n; v++) {
                if (previous[v] < 0 && r.contains(u, v)) {
                    previous[v] = u;
                    if (v == b) {
                        List<int[]> path = new ArrayList<>();
                        for (int w = b; w != a; w = previous[w]) {
                            path.add(0, new int[] {previous[w], w});
                        }
                        return path;
                    }
                    queue.add(v);
                }
            }
        }
        return null;
    }
}
