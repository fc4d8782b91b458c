package org.lkmm.explain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lkmm.model.Execution;
import org.lkmm.relation.Relation;
import org.lkmm.program.Event;

/** Names the base relations that link two events of an execution, for people. */
final class Relations {
    private Relations() {}

    /**
     * An edge of a derived relation (hb, pb, rb...) spelled out as a shortest path of base
     * relations (po, rf, co, fr) from a to b; the derived name when there is none.
     */
    static List<Link> spell(Execution x, int a, int b, String derived) {
        String direct = name(x, a, b, null);
        if (direct != null) {
            return List.of(new Link(a, b, direct));
        }
        int n = x.size();
        Relation fr = x.rf().inverse().seq(x.co());
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(a));
        previous[a] = a;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v = 0; v < n; v++) {
                if (previous[v] < 0 && (immediatePo(x, u, v) || x.rf().contains(u, v) || x.co().contains(u, v)
                        || fr.contains(u, v))) {
                    previous[v] = u;
                    if (v == b) {
                        List<Link> path = new ArrayList<>();
                        for (int w = b; w != a; w = previous[w]) {
                            path.add(0, new Link(previous[w], w, name(x, previous[w], w, derived)));
                        }
                        return path;
                    }
                    queue.add(v);
                }
            }
        }
        return List.of(new Link(a, b, derived));
    }

    private static boolean immediatePo(Execution x, int a, int b) {
        Event ea = x.events().get(a);
        Event eb = x.events().get(b);
        return ea.thread() >= 0 && ea.thread() == eb.thread() && eb.poIndex() == ea.poIndex() + 1;
    }

    static String name(Execution x, int a, int b, String fallback) {
        Event ea = x.events().get(a);
        Event eb = x.events().get(b);
        boolean internal = ea.thread() >= 0 && ea.thread() == eb.thread();
        String suffix = internal ? "i" : "e";
        if (x.rf().contains(a, b)) {
            return "rf" + suffix;
        }
        if (x.co().contains(a, b)) {
            return "co" + suffix;
        }
        if (x.rf().inverse().seq(x.co()).contains(a, b)) {
            return "fr" + suffix;
        }
        if (internal && ea.poIndex() < eb.poIndex()) {
            return "po";
        }
        return fallback;
    }
}
