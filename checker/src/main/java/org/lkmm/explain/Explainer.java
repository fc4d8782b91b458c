package org.lkmm.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.lkmm.ast.Clause;
import org.lkmm.ast.Cond;
import org.lkmm.ast.LitmusTest;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Axiom;
import org.lkmm.model.Lkmm;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.FinalStates;
import org.lkmm.verdict.TestResult;

/**
 * Explains a test's outcome: check decides it (with its shortcuts), then the executions to show
 * are hunted for with the same shortcuts and the hunt stops when they are found; only the count
 * of forbidden candidates per axiom is bounded by a time allowance (countSeconds), beyond which it
 * is reported as a lower bound.
 */
public final class Explainer {
    /** search: check's (with shortcuts) or exhaustive; countSeconds: the allowance for counting forbidden candidates. */
    public record Options(Search search, double countSeconds) {
        public static final Options DEFAULT = new Options(Search.PRUNED, 0.5);
    }

    private final KernelTable kernel;
    private final Lkmm model;
    private final org.lkmm.program.LkmmVersion version;
    private final Options options;

    /** Linux 6.1's built-in model (its primitives: kernel). */
    public Explainer(KernelTable kernel, Lkmm model) {
        this(kernel, model, Options.DEFAULT);
    }

    public Explainer(KernelTable kernel, Lkmm model, Options options) {
        this(new org.lkmm.verdict.ModelChoice(kernel, org.lkmm.program.LkmmVersion.V1, model), options);
    }

    /** A built-in model of any generation, with its primitives and RMW semantics; it must be an Lkmm. */
    public Explainer(org.lkmm.verdict.ModelChoice choice, Options options) {
        if (!(choice.model() instanceof Lkmm builtIn)) {
            throw new IllegalArgumentException("explanations speak the built-in model's relations: " + choice.name());
        }
        this.kernel = choice.kernel();
        this.model = builtIn;
        this.version = choice.version();
        this.options = options;
    }

    public Explanation explain(LitmusTest test) throws InputError {
        return explain(test.pos().file(), test);
    }

    public Explanation explain(String file, LitmusTest test) throws InputError {
        Program program = new Lowering(kernel, version).lower(test);
        // check's own candidates give the witness and an execution per flag: each candidate with
        // the outcome, and each flag, is counted by check only after it has been shown here
        Candidate[] witness = new Candidate[1];
        Map<String, Candidate> flagged = new LinkedHashMap<>();
        TestResult result = new Checker(new org.lkmm.verdict.ModelChoice(kernel, version, model), options.search()).check(file, test, program, (c, holds) -> {
            if (holds && witness[0] == null) {
                witness[0] = c;
            }
            c.verdict().flags().forEach(f -> flagged.putIfAbsent(f, c));
        });
        Cond outcome = test.clause().map(Clause::cond).orElse(new Cond.Const(true));
        boolean observable = result.positive().signum() > 0;
        List<FlagNote> flags = result.flags().stream()
                .map(f -> Flags.note(f, Optional.ofNullable(flagged.get(f)), program.layout(), model.generation())).toList();
        String condition = test.clause().map(c -> c.kind().keyword()).orElse("exists") + " " + FinalStates.text(outcome);
        List<org.lkmm.ast.Location> observed = FinalStates.observed(test, outcome);
        Optional<String> filter = test.filter().map(f -> "filter " + FinalStates.text(f));
        if (observable) {
            Candidate w = witness[0];
            return new Explanation(test.name(), program.layout(), condition, FinalStates.show(test, program, w, observed), true,
                    Optional.of(w), Map.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), 0,
                    result.verdict(), result.positive().toString(), result.negative().toString(), new TreeSet<>(result.flags()),
                    List.of(), flags, filter, true);
        }
        Hunt.Forbidden forbidden = new Hunt(program, test, model, options.search(), outcome)
                .forbidden((long) (options.countSeconds() * 1e9));
        if (forbidden.example().isEmpty()) {
            return new Explanation(test.name(), program.layout(), condition, "", false, Optional.empty(), forbidden.counts(),
                    Optional.empty(), Optional.empty(), List.of(), List.of(), forbidden.total(), result.verdict(),
                    result.positive().toString(), result.negative().toString(), new TreeSet<>(result.flags()), List.of(), flags,
                    filter, forbidden.exact());
        }
        Candidate example = forbidden.example().get();
        Axiom axiom = example.verdict().axiom().orElseThrow();
        List<Lkmm.Failure> failures = model.failures(example.execution());
        Lkmm.Failure failure = failures.stream().filter(f -> f.axiom() == axiom).findFirst().orElse(failures.get(0));
        List<Step> derivation = Cycles.derive(example.execution(), program.layout(), failure, model.generation());
        List<Link> cycle = derivation.stream().flatMap(s -> s.leaves().stream())
                .map(s -> new Link(s.from(), s.to(), s.innermost())).toList();
        return new Explanation(test.name(), program.layout(), condition, FinalStates.show(test, program, example, observed), false,
                Optional.empty(), forbidden.counts(), Optional.of(example), Optional.of(axiom), cycle,
                failures.stream().map(Lkmm.Failure::axiom).toList(), forbidden.total(), result.verdict(),
                result.positive().toString(), result.negative().toString(), new TreeSet<>(result.flags()), derivation, flags,
                filter, forbidden.exact());
    }
}
