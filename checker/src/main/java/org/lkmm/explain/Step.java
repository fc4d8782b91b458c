package org.lkmm.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Why one edge of a relation holds, in linux-kernel.cat's terms. names: the cat relations that
 * hold it, outermost first, each a disjunct of the one before ("ppo", "fence", "mb": the edge is
 * in mb, hence in fence, hence in ppo). reason: the same in words, for the innermost. parts: when
 * the innermost is a sequence (pb = prop ; strong-fence ; hb*), the edges it is made of, in order.
 */
public record Step(int from, int to, List<String> names, String reason, List<Step> parts) {
    public Step {
        names = List.copyOf(names);
        parts = List.copyOf(parts);
    }

    static Step leaf(int from, int to, String name, String reason) {
        return new Step(from, to, List.of(name), reason, List.of());
    }

    /** This step as a disjunct of the named relation. */
    Step within(String name) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(names);
        return new Step(from, to, all, reason, parts);
    }

    /** "ppo/fence/mb" */
    public String name() {
        return String.join("/", names);
    }

    /** The innermost relation's name. */
    public String innermost() {
        return names.get(names.size() - 1);
    }

    /** The base steps under this one, in order: the path of events the edge stands for. */
    public List<Step> leaves() {
        if (parts.isEmpty()) {
            return List.of(this);
        }
        List<Step> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(p.leaves()));
        return out;
    }
}
