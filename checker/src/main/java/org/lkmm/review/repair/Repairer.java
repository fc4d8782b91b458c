package org.lkmm.review.repair;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.lkmm.ast.LitmusTest;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.review.repair.Repair.Status;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;

/**
 * Repair: for a test whose outcome is allowed (or that races) while its Result: line, or the
 * wanted verdict, says Never, the cheapest strengthenings that forbid it without a data race.
 * Each fix found is written into the test's text, parsed and checked again; what is reported is
 * that second check.
 */
public final class Repairer {
    /**
     * want: the verdict asked for when not the Result: line's (only Never can be repaired for).
     * exactBudget: how many candidate tests the exact search may check; beyond it a beam search
     * of beamWidth runs, checking at most beamBudget more.
     */
    public record Options(Optional<String> want, Costs costs, int exactBudget, int beamWidth, int beamBudget) {
        public static Options defaults() {
            return new Options(Optional.empty(), Costs.standard(), 1500, 6, 1500);
        }

        public Options withWant(Optional<String> w) {
            return new Options(w, costs, exactBudget, beamWidth, beamBudget);
        }

        public Options withCosts(Costs c) {
            return new Options(want, c, exactBudget, beamWidth, beamBudget);
        }

        public Options withBudgets(int exact, int width, int beam) {
            return new Options(want, costs, exact, width, beam);
        }
    }

    static final String NEVER = "Never";
    private static final String RACE = "data-race";

    private final Checker checker;
    private final KernelTable kernel;
    private final Strengthenings table;
    private final Options options;

    public Repairer(Checker checker, KernelTable kernel, Strengthenings table, Options options) {
        this.checker = checker;
        this.kernel = kernel;
        this.table = table;
        this.options = options;
    }

    public Repair repair(String file, String text) throws ParseException, InputError {
        LitmusTest test = LitmusParser.parse(file, text);
        TestResult base = checker.check(file, test);
        Optional<String> want = options.want().or(() -> test.expectedResult().map(r -> r.equals("DEADLOCK") ? NEVER : r));
        List<Slot> slots = Slots.of(test, kernel, table, options.costs());
        if (want.isEmpty() || !want.get().equals(NEVER)) {
            return result(file, test, base, want, Status.NOT_ASKED, slots, List.of(), 0, "none", 0, Optional.empty());
        }
        if (meets(base)) {
            return result(file, test, base, want, Status.ALREADY_MET, slots, List.of(), 0, "none", 0, Optional.empty());
        }
        FixSearch search = new FixSearch(slots, options.costs(), moves -> trial(file, test, moves));
        List<Move> strongest = search.strongest();
        if (slots.isEmpty() || !search.trial(strongest).fixed()) {
            String v = slots.isEmpty() ? base.verdict() : outcome(check(file, Rewrite.apply(test, strongest, kernel)));
            return result(file, test, base, want, Status.NO_FIX, slots, List.of(), 0, "none", search.checked(), Optional.of(v));
        }
        FixSearch.Found found = search.search(search.cost(strongest), options.exactBudget(), options.beamWidth(),
                options.beamBudget());
        SourceText source = new SourceText(text);
        List<Fix> fixes = new ArrayList<>();
        for (List<Move> moves : found.fixes()) {
            fixes.add(realise(file, source, moves, found.cost()));
        }
        fixes.sort(Comparator.comparing(f -> f.moves().stream().map(Move::describe).toList().toString()));
        String how = found.exact() ? "exact" : "beam search of width " + options.beamWidth() + ", cheapest it found";
        return result(file, test, base, want, fixes.isEmpty() ? Status.NO_FIX : Status.FIXED, slots, fixes, found.cost(),
                how, found.checked(), Optional.empty());
    }

    private Repair result(String file, LitmusTest test, TestResult base, Optional<String> want, Status status, List<Slot> slots,
                          List<Fix> fixes, int cost, String search, int checked, Optional<String> strongest) {
        return new Repair(file, test.name(), base.verdict(), new TreeSet<>(base.flags()), want, status, slots, fixes, cost,
                search, checked, strongest);
    }

    private FixSearch.Trial trial(String file, LitmusTest test, List<Move> moves) {
        TestResult r = check(file, Rewrite.apply(test, moves, kernel));
        if (r == null) {
            return new FixSearch.Trial(false, BigInteger.valueOf(Long.MAX_VALUE));
        }
        BigInteger distance = r.positive().shiftLeft(1).add(r.flags().contains(RACE) ? BigInteger.ONE : BigInteger.ZERO);
        return new FixSearch.Trial(meets(r), distance);
    }

    /** The check of an edited test; null when herd7 would stop on it. */
    private TestResult check(String file, LitmusTest edited) {
        try {
            return checker.check(file, edited);
        } catch (InputError e) {
            return null;
        }
    }

    private static boolean meets(TestResult r) {
        return r.verdict().equals(NEVER) && !r.flags().contains(RACE);
    }

    private static String outcome(TestResult r) {
        return r == null ? "an error" : r.verdict() + (r.flags().isEmpty() ? "" : " (flags: " + String.join(",", r.flags()) + ")");
    }

    /** A fix as text: edited, parsed and checked again. */
    private Fix realise(String file, SourceText source, List<Move> moves, int cost) throws ParseException, InputError {
        Spelling spelling = new Spelling(source, kernel);
        String edited = spelling.apply(moves);
        TestResult r = checker.check(file, LitmusParser.parse(file, edited));
        return new Fix(moves, cost, Lines.edited(source, spelling, moves), r.verdict(), new TreeSet<>(r.flags()),
                r.positive().toString(), r.negative().toString(), edited);
    }
}
