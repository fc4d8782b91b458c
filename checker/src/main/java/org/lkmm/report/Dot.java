package org.lkmm.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lkmm.enumerate.Candidate;
import org.lkmm.explain.Explanation;
import org.lkmm.explain.Link;
import org.lkmm.program.Event;
import org.lkmm.relation.Relation;

/**
 * An execution as Graphviz DOT in the style of herd's graphs: one cluster per process, po
 * downwards, rf (red), co (blue) and fr (orange) edges labelled; for a forbidden outcome the
 * cycle's edges are drawn bold and named.
 */
public final class Dot {
    private Dot() {}

    public static String of(Explanation x) {
        Candidate c = x.observable() ? x.witness().orElseThrow() : x.example().orElseThrow();
        List<Event> ev = c.execution().events();
        StringBuilder b = new StringBuilder("digraph \"" + x.test() + "\" {\n");
        b.append("  rankdir=TB; node [shape=box, fontsize=10]; edge [fontsize=9];\n");
        b.append("  label=\"").append(escape(x.test() + ": " + x.condition()
                + (x.observable() ? " (witness)" : " (forbidden: " + x.exampleAxiom().get().catName() + ")")))
                .append("\";\n");
        int threads = ev.stream().mapToInt(Event::thread).max().orElse(-1);
        for (int t = -1; t <= threads; t++) {
            b.append("  subgraph cluster_").append(t < 0 ? "init" : "P" + t).append(" {\n    label=\"")
                    .append(t < 0 ? "init" : "P" + t).append("\";\n");
            Integer previous = null;
            for (int i = 0; i < ev.size(); i++) {
                if (ev.get(i).thread() == t) {
                    b.append("    e").append(i).append(" [label=\"").append(escape(EventText.of(ev.get(i), x.layout())))
                            .append("\"];\n");
                    if (previous != null && t >= 0) {
                        b.append("    e").append(previous).append(" -> e").append(i).append(" [label=\"po\"];\n");
                    }
                    previous = i;
                }
            }
            b.append("  }\n");
        }
        Set<String> onCycle = new HashSet<>();
        for (Link l : x.cycle()) {
            onCycle.add(l.from() + ">" + l.to());
            b.append("  e").append(l.from()).append(" -> e").append(l.to()).append(" [label=\"").append(l.relation())
                    .append("\", color=black, penwidth=2.5, constraint=false];\n");
        }
        edges(b, c.execution().rf(), "rf", "red", onCycle);
        edges(b, c.execution().co().immediate(), "co", "blue", onCycle);
        edges(b, c.execution().rf().inverse().seq(c.execution().co()).minus(
                c.execution().rf().inverse().seq(c.execution().co()).seq(c.execution().co())), "fr", "orange", onCycle);
        return b.append("}\n").toString();
    }

    private static void edges(StringBuilder b, Relation r, String name, String colour, Set<String> onCycle) {
        r.forEach((a, c) -> {
            if (!onCycle.contains(a + ">" + c)) {
                b.append("  e").append(a).append(" -> e").append(c).append(" [label=\"").append(name)
                        .append("\", color=").append(colour).append(", fontcolor=").append(colour)
                        .append(", constraint=false];\n");
            }
        });
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
