package org.lkmm.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.lkmm.ast.Cond;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.ast.Value;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Observed;
import org.lkmm.enumerate.Search;
import org.lkmm.model.Axiom;
import org.lkmm.model.Lkmm;
import org.lkmm.model.MemoryModel;
import org.lkmm.program.Program;
import org.lkmm.verdict.FinalStates;

/**
 * For a forbidden outcome, the execution an explanation shows (the witness of an allowed one, and
 * an execution per flag, come from check itself: Explainer): one that would produce it, with the
 * axioms that rule such candidates out counted for as long as a time allowance lasts. Candidates
 * are looked for among the paths the outcome's registers allow (OutcomePaths) and with the final
 * memory values it needs (Enumerator's wantedFinal); if counting runs out of time before an
 * example turns up, one is taken from the candidates of a model that checks only coherence,
 * atomicity and locks (with check's shortcuts), judged again by the whole model.
 */
final class Hunt {
    private final Program program;
    /** The program with only the paths the outcome's registers allow: where outcome candidates are looked for. */
    private final Program narrowed;
    private final LitmusTest test;
    private final Lkmm model;
    private final Search search;
    private final Cond outcome;
    private final Set<Integer> observedMemory = new HashSet<>();
    private final Observed observed;
    /** The final memory values a candidate with the outcome has (Enumerator leaves the others out). */
    private final Map<Integer, Long> wanted = new java.util.HashMap<>();

    /** Thrown by a consumer to stop an enumeration once it has what it needs. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    Hunt(Program program, LitmusTest test, Lkmm model, Search search, Cond outcome) {
        this.program = program;
        this.narrowed = OutcomePaths.narrow(program, outcome, test.filter());
        this.test = test;
        this.model = model;
        this.search = search;
        this.outcome = outcome;
        List<Location> all = new ArrayList<>(FinalStates.observed(test, outcome));
        test.filter().ifPresent(f -> all.addAll(f.locations()));
        Map<Integer, Set<String>> registers = new java.util.HashMap<>();
        for (Location l : all) {
            if (l instanceof Location.Memory m) {
                observedMemory.add(program.layout().index().get(m.name()));
            } else if (l instanceof Location.Register r) {
                registers.computeIfAbsent(program.threadIndex(r.process()), k -> new HashSet<>()).add(r.name());
            }
        }
        this.observed = new Observed(observedMemory, registers);
        // as far as the outcome and the filter are conjunctions of equalities
        collectWanted(outcome, wanted);
        test.filter().ifPresent(f -> collectWanted(f, wanted));
    }

    private boolean passesFilter(Candidate c) {
        return test.filter().isEmpty() || FinalStates.holds(program, c, test.filter().get());
    }

    private boolean hasOutcome(Candidate c) {
        return passesFilter(c) && FinalStates.holds(program, c, outcome);
    }

    private void collectWanted(Cond c, Map<Integer, Long> out) {
        if (c instanceof Cond.And a) {
            collectWanted(a.left(), out);
            collectWanted(a.right(), out);
        } else if (c instanceof Cond.Equals e && !e.negated() && e.location() instanceof Location.Memory m) {
            Integer loc = program.layout().index().get(m.name());
            Long value = e.value() instanceof Value.Int i ? Long.valueOf(i.value())
                    : e.value() instanceof Value.Address a && program.layout().index().containsKey(a.variable())
                    ? Long.valueOf(program.layout().address(program.layout().index().get(a.variable()))) : null;
            if (loc != null && value != null) {
                // two values wanted of one location: none can be had (no 32-bit value is MIN_VALUE)
                out.merge(loc, value, (x, y) -> x.equals(y) ? x : Long.MIN_VALUE);
            }
        }
    }

    /** Runs the enumeration of a model over a program until done says it has enough. */
    private void run(Program p, MemoryModel m, boolean counted, Predicate<Candidate> done) {
        Enumerator e = new Enumerator(p, m.observing(observedMemory), search, wanted);
        try {
            if (counted && p.valuesAlwaysDetermined()) {
                e.runCounted(c -> {
                    if (done.test(c)) {
                        throw new Enough();
                    }
                }, observed);
            } else {
                e.run(c -> {
                    if (done.test(c)) {
                        throw new Enough();
                    }
                });
            }
        } catch (Enough stop) {
            // found what was wanted
        }
    }

    /** Forbidden candidates with the outcome: one of them, and per axiom how many (exact when the count finished). */
    record Forbidden(Optional<Candidate> example, Map<Axiom, Integer> counts, long total, boolean exact) {}

    Forbidden forbidden(long countNanos) {
        Map<Axiom, Integer> counts = new EnumMap<>(Axiom.class);
        Candidate[] example = new Candidate[1];
        long[] total = new long[1];
        long deadline = System.nanoTime() + countNanos;
        boolean[] cut = new boolean[1];
        // every candidate, however incoherent, judged by the whole model: as herd7 would see them
        run(narrowed, new Lkmm(model.generation(), EnumSet.allOf(Axiom.class)), false, c -> {
            if (System.nanoTime() > deadline) {
                cut[0] = true;
                return true;
            }
            if (!hasOutcome(c)) {
                return false;
            }
            Candidate judged = c.withVerdict(model.check(c.execution(), false));
            if (!forbiddenByAnAxiom(judged)) {
                return false; // allowed (filtered out by herd's unknowns, or so), or no execution of herd's
            }
            total[0]++;
            counts.merge(judged.verdict().axiom().orElseThrow(), 1, Integer::sum);
            if (example[0] == null) {
                example[0] = judged;
            }
            return false;
        });
        if (example[0] == null && cut[0]) {
            example[0] = firstForbidden().orElse(null);
        }
        return new Forbidden(Optional.ofNullable(example[0]), counts, total[0], !cut[0]);
    }

    /**
     * Whether an axiom forbids the candidate: not when it is allowed, nor when the model finds
     * it no execution of herd's at all (v6.11's with rf-ru has no member for it).
     */
    private static boolean forbiddenByAnAxiom(Candidate judged) {
        return !judged.verdict().allowed() && judged.verdict().axiom().isPresent();
    }

    /**
     * A candidate with the outcome that the whole model forbids, found among those a model that
     * checks only coherence, atomicity and locks allows (check's shortcuts apply to it), else
     * among every candidate.
     */
    private Optional<Candidate> firstForbidden() {
        Candidate[] found = new Candidate[1];
        Predicate<Candidate> take = c -> {
            if (!hasOutcome(c)) {
                return false;
            }
            Candidate judged = c.withVerdict(model.check(c.execution(), false));
            if (!forbiddenByAnAxiom(judged)) {
                return false;
            }
            found[0] = judged;
            return true;
        };
        run(narrowed, new Lkmm(model.generation(), EnumSet.of(Axiom.HAPPENS_BEFORE, Axiom.PROPAGATION, Axiom.RCU, Axiom.PLAIN_COHERENCE)), true, take);
        if (found[0] == null) {
            run(narrowed, new Lkmm(model.generation(), EnumSet.allOf(Axiom.class)), false, take);
        }
        return Optional.ofNullable(found[0]);
    }
}
