package org.lkmm.model;

import org.lkmm.relation.Relation;

/**
 * The coherence axiom, acyclic (po-loc | rf | co | fr), decided without building the union:
 * give each write its place in co and each read the place of the write it reads from, and
 * check every po-loc pair by CoherenceShapes.inOrder. Needs every read to have one rf source
 * and co to be total per location, as in every candidate execution.
 */
final class Coherence {
    private Coherence() {}

    static boolean perLocation(Structure b, Relation rf, Relation co) {
        int n = b.n;
        // a write's place in co, counted from the end: more successors means earlier
        int[] place = new int[n];
        for (int w = 0; w < n; w++) {
            if (b.writes.contains(w)) {
                place[w] = -co.successors(w);
            }
        }
        rf.forEach((w, r) -> place[r] = place[w]);
        int[] pairs = b.memo("po-loc accesses", () -> accessPairs(b));
        for (int i = 0; i < pairs.length; i += 2) {
            int first = pairs[i];
            int second = pairs[i + 1];
            if (!CoherenceShapes.inOrder(place[first], place[second], !b.writes.contains(second))) {
                return false;
            }
        }
        return true;
    }

    /** The po-loc pairs of memory accesses, flattened. */
    private static int[] accessPairs(Structure b) {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        b.poLoc.forEach((first, second) -> {
            if (b.memory.contains(first) && b.memory.contains(second)) {
                out.add(first);
                out.add(second);
            }
        });
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
