package org.lkmm.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lkmm.enumerate.Candidate;
import org.lkmm.explain.Explanation;
import org.lkmm.explain.Link;
import org.lkmm.model.Axiom;
import org.lkmm.program.Event;

/** An explanation in plain words: a witness execution, or the axiom and cycle that forbid the outcome. */
public final class ExplainFormat {
    private ExplainFormat() {}

    public static String text(Explanation x) {
        StringBuilder b = new StringBuilder();
        b.append(x.test()).append(": ").append(x.condition());
        if (x.observable()) {
            b.append(" can be observed. One execution that shows it:\n");
            Candidate c = x.witness().get();
            appendExecution(b, x, c);
            b.append("  final state: ").append(x.finalState()).append('\n');
            return b.toString();
        }
        if (x.example().isEmpty()) {
            return b.append(" cannot be observed: no candidate execution produces it at all")
                    .append(" (the values it asks for are never read or written).\n").toString();
        }
        b.append(" is forbidden by the LKMM.\n");
        b.append("  ").append(x.candidatesWithOutcome()).append(" candidate execution(s) would produce it; ruled out by ")
                .append(forbidding(x.forbidding())).append(".\n");
        Axiom axiom = x.exampleAxiom().get();
        b.append("  For example, this one breaks ").append(axiom.catName()).append(" (").append(why(axiom)).append("):\n");
        b.append("    ").append(chain(x, x.cycle())).append('\n');
        if (x.brokenTogether().size() > 1) {
            b.append("  It also breaks: ").append(x.brokenTogether().stream().skip(1).map(Axiom::catName)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        b.append("  Its reads-from and coherence:\n");
        appendExecution(b, x, x.example().get());
        return b.toString();
    }

    private static String forbidding(Map<Axiom, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().catName() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String why(Axiom a) {
        return switch (a) {
            case COHERENCE -> "each location's accesses must agree with one order of its writes";
            case ATOMIC -> "no write may come between the read and write of an atomic update";
            case HAPPENS_BEFORE -> "an event cannot happen before itself";
            case PROPAGATION -> "writes ordered by strong fences must propagate in that order";
            case RCU -> "a grace period must outlast every read-side critical section that started before it";
            case PLAIN_COHERENCE -> "plain accesses must be ordered as their coherence requires";
            case LOCK_NEST -> "a spinlock cannot be taken again while held";
            case UNMATCHED_LOCKS -> "only one critical section of a lock may remain open";
        };
    }

    /** "A -rfe-> B -po-> C -fre-> back to A" */
    static String chain(Explanation x, List<Link> links) {
        if (links.isEmpty()) {
            return "(no cycle found)";
        }
        List<Event> ev = x.example().get().execution().events();
        StringBuilder b = new StringBuilder(EventText.of(ev.get(links.get(0).from()), x.layout()));
        boolean cycle = links.get(links.size() - 1).to() == links.get(0).from();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            boolean last = cycle && i == links.size() - 1;
            b.append(" -").append(l.relation()).append("-> ")
                    .append(last ? "back to the start" : EventText.of(ev.get(l.to()), x.layout()));
            if (!cycle && i + 1 < links.size()) {
                b.append("; ").append(EventText.of(ev.get(links.get(i + 1).from()), x.layout()));
            }
        }
        return b.toString();
    }

    private static void appendExecution(StringBuilder b, Explanation x, Candidate c) {
        List<Event> ev = c.execution().events();
        c.execution().rf().forEach((w, r) -> b.append("    rf: ").append(EventText.of(ev.get(w), x.layout()))
                .append(" -> ").append(EventText.of(ev.get(r), x.layout())).append('\n'));
        c.execution().co().immediate().forEach((w1, w2) -> b.append("    co: ")
                .append(EventText.of(ev.get(w1), x.layout())).append(" -> ")
                .append(EventText.of(ev.get(w2), x.layout())).append('\n'));
    }
}
