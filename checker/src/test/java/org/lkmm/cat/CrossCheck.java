package org.lkmm.cat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.Location;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Candidate;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Axiom;
import org.lkmm.model.Lkmm;
import org.lkmm.model.Verdict;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.program.Event;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;
import org.lkmm.verdict.FinalStates;

/**
 * One litmus test judged candidate by candidate by the built-in model and by the interpreter:
 * every candidate of the exhaustive enumeration (forbidden ones too), compared on allowed or
 * not, the failed check (cos-opt.cat's ConsCo and a co no generate_cos candidate has are the
 * built-in's coherence) and the flags (plus lock-final, which the built-in leaves to
 * org.lkmm.verdict.Checker: a lock at a location the test observes).
 */
final class CrossCheck {
    /** What one test gave: candidates compared (0 when skipped), and the first disagreements. */
    record Outcome(boolean skipped, String why, long candidates, long disagreements, List<String> examples) {}

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    private CrossCheck() {}

    /** Programs herd rejects, or lkmm cannot lower yet, are skipped, as are those beyond limit candidates. */
    static Outcome run(Interpreter model, Path litmus, long limit) {
        LitmusTest test;
        Program program;
        try {
            test = LitmusParser.parseFile(litmus);
            program = new Lowering(KernelTable.standard()).lower(test);
        } catch (ParseException | InputError e) {
            return new Outcome(true, "not lowered: " + e.getMessage(), 0, 0, List.of());
        }
        Set<Integer> observed = observed(test, program);
        long[] counts = new long[2];
        List<String> examples = new ArrayList<>();
        try {
            new Enumerator(program, new Lkmm(), Search.EXHAUSTIVE).runAll(c -> {
                if (++counts[0] > limit) {
                    throw new TooMany();
                }
                Optional<String> problem = compare(model, c, observed);
                if (problem.isPresent()) {
                    counts[1]++;
                    if (examples.size() < 3) {
                        examples.add(problem.get());
                    }
                }
            });
        } catch (TooMany e) {
            return new Outcome(true, "more than " + limit + " candidates", 0, 0, List.of());
        }
        return new Outcome(false, "", counts[0], counts[1], examples);
    }

    static Optional<String> compare(Interpreter model, Candidate c, Set<Integer> observed) {
        CatVerdict v = model.judge(c.execution(), observed, true);
        Verdict b = c.verdict();
        Set<String> expectedFlags = new TreeSet<>(b.flags());
        if (b.allowed() && locksObserved(c, observed)) {
            expectedFlags.add("lock-final");
        }
        Optional<Axiom> failed = v.axiom();
        boolean same = v.allowed() == b.allowed()
                && (b.allowed() ? expectedFlags.equals(new TreeSet<>(v.flags())) : failed.equals(b.axiom()));
        return same ? Optional.empty() : Optional.of("interpreter " + v + ", built-in " + b + " " + expectedFlags);
    }

    private static boolean locksObserved(Candidate c, Set<Integer> observed) {
        for (Event e : c.execution().events()) {
            if (e.kind().isLockEvent() && observed.contains(e.location())) {
                return true;
            }
        }
        return false;
    }

    /** The memory locations the final clause looks at (herd's observed locations, for FW). */
    static Set<Integer> observed(LitmusTest test, Program program) {
        Set<Integer> out = new HashSet<>();
        if (test.clause().isPresent()) {
            for (Location l : FinalStates.observed(test, test.clause().get().cond())) {
                if (l instanceof Location.Memory m) {
                    out.add(program.layout().index().get(m.name()));
                }
            }
        }
        return out;
    }
}
