package org.lkmm.cat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.ast.SourcePos;
import org.lkmm.relation.EventSet;
import org.lkmm.relation.Relation;

/**
 * linearisations(S, r): the total orders of S that contain r (restricted to S), each as the
 * relation of all its pairs (herd's all_topos_kont_rel and order_to_rel). Guarded, inside an
 * execution, it lists at most the one order the execution's rf | co makes on S.
 */
final class Orders {
    private final boolean guarded;

    Orders(boolean guarded) {
        this.guarded = guarded;
    }

    Value linearisations(Value v, Ctx c, SourcePos pos) {
        List<Value> parts = Eval.components(v);
        if (parts.size() != 2) {
            throw new CatError(pos, "primitive linearisations: argument mismatch");
        }
        EventSet s = c.st.ops.asEvents(parts.get(0), pos);
        Relation r = c.st.ops.asRel(parts.get(1), pos).restrict(s, s);
        Set<Value> out = new LinkedHashSet<>();
        if (guarded && c.isExecution()) {
            Relation chosen = c.choices().restrict(s, s);
            if (isTotalOrder(chosen, s) && r.minus(chosen).isEmpty()) {
                out.add(new Value.Rel(chosen));
            }
        } else {
            all(s.members(), r, new ArrayList<>(), new boolean[c.st.n], c.st.n, out);
        }
        return new Value.ValSet(null, out);
    }

    /**
     * Whether o restricted to s is a strict total order of s (o's pairs outside s do not count):
     * irreflexive, one way between any two members, and transitive, which for such a relation (a
     * tournament) holds iff no two members have as many successors within s.
     */
    static boolean isTotalOrder(Relation o, EventSet s) {
        int[] m = s.members();
        boolean[] scoreTaken = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            if (o.contains(m[i], m[i])) {
                return false;
            }
            int successors = 0;
            for (int j = 0; j < m.length; j++) {
                if (j != i) {
                    boolean before = o.contains(m[i], m[j]);
                    if (before == o.contains(m[j], m[i])) {
                        return false;
                    }
                    successors += before ? 1 : 0;
                }
            }
            if (scoreTaken[successors]) {
                return false;
            }
            scoreTaken[successors] = true;
        }
        return true;
    }

    /**
     * Every order of nodes (first to last) that contains r, by backtracking; null when there
     * are more than limit.
     */
    static List<int[]> sequences(int[] nodes, Relation r, int limit) {
        List<int[]> out = new ArrayList<>();
        return sequences(nodes, r, new int[nodes.length], 0, new boolean[r.size()], limit, out) ? out : null;
    }

    private static boolean sequences(int[] nodes, Relation r, int[] prefix, int depth, boolean[] placed, int limit,
                                     List<int[]> out) {
        if (depth == nodes.length) {
            out.add(prefix.clone());
            return out.size() <= limit;
        }
        for (int x : nodes) {
            if (placed[x] || !ready(x, nodes, r, placed)) {
                continue;
            }
            placed[x] = true;
            prefix[depth] = x;
            boolean within = sequences(nodes, r, prefix, depth + 1, placed, limit, out);
            placed[x] = false;
            if (!within) {
                return false;
            }
        }
        return true;
    }

    /** Whether every predecessor of x under r among nodes is placed. */
    private static boolean ready(int x, int[] nodes, Relation r, boolean[] placed) {
        for (int y : nodes) {
            if (!placed[y] && y != x && r.contains(y, x)) {
                return false;
            }
        }
        return true;
    }

    /** Every topological order of nodes under r, by backtracking. */
    private static void all(int[] nodes, Relation r, List<Integer> prefix, boolean[] placed, int n, Set<Value> out) {
        if (prefix.size() == nodes.length) {
            Relation.Builder b = Relation.builder(n);
            for (int i = 0; i < prefix.size(); i++) {
                for (int j = i + 1; j < prefix.size(); j++) {
                    b.add(prefix.get(i), prefix.get(j));
                }
            }
            out.add(new Value.Rel(b.build()));
            return;
        }
        for (int x : nodes) {
            if (placed[x]) {
                continue;
            }
            boolean ready = true;
            for (int y : nodes) {
                if (!placed[y] && y != x && r.contains(y, x)) {
                    ready = false;
                    break;
                }
            }
            if (ready) {
                placed[x] = true;
                prefix.add(x);
                all(nodes, r, prefix, placed, n, out);
                prefix.remove(prefix.size() - 1);
                placed[x] = false;
            }
        }
    }
}
