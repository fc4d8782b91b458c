package org.lkmm.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.ast.Clause;
import org.lkmm.ast.Cond;
import org.lkmm.ast.LitmusTest;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Axiom;
import org.lkmm.model.Execution;
import org.lkmm.model.Lkmm;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;
import org.lkmm.relation.Relation;
import org.lkmm.verdict.FinalStates;

/** Finds a witness for an observable outcome, or the axioms and cycles that forbid it. */
public final class Explainer {
    private final KernelTable kernel;
    private final Lkmm model;

    public Explainer(KernelTable kernel, Lkmm model) {
        this.kernel = kernel;
        this.model = model;
    }

    public Explanation explain(LitmusTest test) throws InputError {
        Program program = new Lowering(kernel).lower(test);
        Cond outcome = test.clause().map(Clause::cond).orElse(new Cond.Const(true));
        Candidate[] witness = new Candidate[1];
        Candidate[] example = new Candidate[1];
        Map<Axiom, Integer> forbidding = new EnumMap<>(Axiom.class);
        long[] withOutcome = new long[1];
        // Generate without the axioms the enumerator would apply early, then judge each
        // candidate with the model itself: the outcome's forbidden executions must all be seen.
        Lkmm everything = new Lkmm(EnumSet.of(Axiom.COHERENCE, Axiom.ATOMIC));
        new Enumerator(program, everything).runAll(generated -> {
            Candidate c = generated.withVerdict(model.check(generated.execution(), true));
            if (test.filter().isPresent() && !FinalStates.holds(program, c, test.filter().get())) {
                return;
            }
            if (!FinalStates.holds(program, c, outcome)) {
                return;
            }
            withOutcome[0]++;
            if (c.verdict().allowed()) {
                if (witness[0] == null) {
                    witness[0] = c;
                }
            } else {
                forbidding.merge(c.verdict().axiom().orElseThrow(), 1, Integer::sum);
                if (example[0] == null) {
                    example[0] = c;
                }
            }
        });
        String condition = test.clause().map(c -> c.kind().keyword()).orElse("exists") + " " + FinalStates.text(outcome);
        List<org.lkmm.ast.Location> observed = FinalStates.observed(test, outcome);
        if (witness[0] != null) {
            return new Explanation(test.name(), program.layout(), condition,
                    FinalStates.show(test, program, witness[0], observed), true, Optional.of(witness[0]), forbidding,
                    Optional.empty(), Optional.empty(), List.of(), List.of(), withOutcome[0]);
        }
        if (example[0] == null) {
            return new Explanation(test.name(), program.layout(), condition, "", false, Optional.empty(), forbidding,
                    Optional.empty(), Optional.empty(), List.of(), List.of(), withOutcome[0]);
        }
        Execution x = example[0].execution();
        List<Lkmm.Failure> failures = model.failures(x);
        Lkmm.Failure first = failures.get(0);
        return new Explanation(test.name(), program.layout(), condition, FinalStates.show(test, program, example[0], observed),
                false, Optional.empty(), forbidding, Optional.of(example[0]),
                Optional.of(first.axiom()), cycle(x, first), failures.stream().map(Lkmm.Failure::axiom).toList(),
                withOutcome[0]);
    }

    /** The witness of a broken axiom as links: a cycle, or the offending pairs of an empty-check. */
    private static List<Link> cycle(Execution x, Lkmm.Failure failure) {
        Relation r = failure.witness();
        List<Link> links = new ArrayList<>();
        List<Integer> events = r.findCycle();
        if (!events.isEmpty()) {
            for (int i = 0; i < events.size(); i++) {
                int a = events.get(i);
                int b = events.get((i + 1) % events.size());
                links.addAll(Relations.spell(x, a, b, failure.axiom().catName()));
            }
            return links;
        }
        r.forEach((a, b) -> {
            if (links.size() < 4) {
                links.add(new Link(a, b, Relations.name(x, a, b, failure.axiom().catName())));
            }
        });
        return links;
    }
}
