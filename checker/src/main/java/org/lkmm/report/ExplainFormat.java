package org.lkmm.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lkmm.enumerate.Candidate;
import org.lkmm.explain.Explanation;
import org.lkmm.explain.FlagNote;
import org.lkmm.explain.Link;
import org.lkmm.explain.Step;
import org.lkmm.model.Axiom;
import org.lkmm.program.Event;

/**
 * An explanation in plain words: a witness execution, or the axiom that forbids the outcome with
 * its cycle, each edge derived in linux-kernel.cat's terms; then what each flag is about.
 */
public final class ExplainFormat {
    private ExplainFormat() {}

    public static String text(Explanation x) {
        StringBuilder b = new StringBuilder();
        b.append(x.test()).append(": ").append(x.condition());
        String check = " (check: " + x.verdict() + " " + x.positive() + " " + x.negative() + ")";
        if (x.observable()) {
            b.append(" can be observed").append(check).append(". One execution that shows it:\n");
            filter(b, x);
            appendExecution(b, x, x.witness().get());
            b.append("  final state: ").append(x.finalState()).append('\n');
        } else if (x.example().isEmpty()) {
            b.append(" cannot be observed").append(check).append(": no candidate execution produces it at all")
                    .append(" (the values it asks for are never read or written").append(x.filter().isPresent() ? ", or the filter drops them" : "")
                    .append(").\n");
        } else {
            forbidden(b, x, check);
        }
        for (FlagNote f : x.flagNotes()) {
            flag(b, x, f);
        }
        return b.toString();
    }

    private static void filter(StringBuilder b, Explanation x) {
        x.filter().ifPresent(f -> b.append("  (").append(f).append(": executions it does not hold in are left out)\n"));
    }

    private static void forbidden(StringBuilder b, Explanation x, String check) {
        b.append(" is forbidden by the LKMM").append(check).append(".\n");
        filter(b, x);
        if (x.candidatesWithOutcome() == 0 && !x.countsExact()) {
            b.append("  (counting the candidate executions that would produce it stopped at its time allowance"
                    + " before it met one; the example below was searched for apart.)\n");
        } else {
            b.append("  ").append(x.countsExact() ? "" : "at least ").append(x.candidatesWithOutcome())
                    .append(" candidate execution(s) would produce it; ruled out by ").append(forbidding(x.forbidding()))
                    .append(x.countsExact() ? "" : " (counting stopped at its time allowance)").append(".\n");
        }
        Axiom axiom = x.exampleAxiom().get();
        b.append("  For example, this one breaks ").append(axiom.catName()).append(" (").append(why(axiom)).append("):\n");
        b.append("    ").append(chain(x, x.derivation().stream().map(s -> new Link(s.from(), s.to(), s.name())).toList()))
                .append('\n');
        b.append("  In linux-kernel.cat's terms:\n");
        List<Event> ev = x.example().get().execution().events();
        for (Step s : x.derivation()) {
            step(b, x, ev, s, "    ");
        }
        List<String> others = x.brokenTogether().stream().filter(a -> a != axiom).map(Axiom::catName).toList();
        if (!others.isEmpty()) {
            b.append("  It also breaks: ").append(String.join(", ", others)).append('\n');
        }
        b.append("  Its reads-from and coherence:\n");
        appendExecution(b, x, x.example().get());
    }

    /** "hb/ppo/fence/mb: P1:25 W y=1 -> P1:27 R x=0: smp_mb() at P1:26 is a strong fence ..." and its parts below it. */
    private static void step(StringBuilder b, Explanation x, List<Event> ev, Step s, String indent) {
        b.append(indent).append(s.name()).append(": ").append(EventText.of(ev.get(s.from()), x.layout())).append(" -> ")
                .append(EventText.of(ev.get(s.to()), x.layout()));
        if (!s.reason().isEmpty()) {
            b.append(": ").append(s.reason());
        }
        b.append('\n');
        for (Step p : s.parts()) {
            step(b, x, ev, p, indent + "  ");
        }
    }

    private static void flag(StringBuilder b, Explanation x, FlagNote f) {
        b.append("  Flag ").append(f.flag()).append(": ").append(f.meaning()).append('.');
        if (f.example().isEmpty() || f.pairs().isEmpty()) {
            b.append('\n');
            return;
        }
        b.append(" In an allowed execution that raises it:\n");
        List<Event> ev = f.example().get().execution().events();
        for (Step s : f.pairs()) {
            step(b, x, ev, s, "    ");
        }
    }

    private static String forbidding(Map<Axiom, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().catName() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    static String why(Axiom a) {
        return switch (a) {
            case COHERENCE -> "acyclic po-loc | com: each location's accesses must agree with one order of its writes";
            case ATOMIC -> "empty rmw & (fre ; coe): no write may come between the read and write of an atomic update";
            case HAPPENS_BEFORE -> "acyclic hb: an event cannot happen before itself";
            case PROPAGATION -> "acyclic pb: writes ordered by strong fences must propagate in that order";
            case RCU -> "irreflexive rb: a grace period must outlast every read-side critical section that started before it";
            case PLAIN_COHERENCE -> "plain accesses must be ordered as their coherence requires";
            case LOCK_NEST -> "a spinlock cannot be taken again while held";
            case NESTED_IS_LOCKED -> "spin_is_locked() must return true inside a critical section of its lock";
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
