package org.lkmm.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.ast.LitmusTest;
import org.lkmm.ast.SourcePos;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;

/** Tries the weaker forms of every ordering site of a test and reports which ones matter. */
public final class Reviewer {
    /** Up to this many ordering sites the minimal set is found by exhaustive search. */
    static final int EXACT_LIMIT = 10;

    private final Checker checker;
    private final KernelTable kernel;

    public Reviewer(Checker checker, KernelTable kernel) {
        this.checker = checker;
        this.kernel = kernel;
    }

    public Review review(String file, LitmusTest test) throws InputError {
        TestResult base = checker.check(file, test);
        String outcome = outcome(base);
        List<Site> sites = Edits.sites(test);
        List<SiteReport> reports = new ArrayList<>();
        for (Site site : sites) {
            reports.add(judge(file, test, site, outcome));
        }
        List<Site> ordering = sites.stream().filter(s -> !Weakening.weakest(s.primitive()).equals(Weakening.PLAIN)).toList();
        boolean exact = ordering.size() <= EXACT_LIMIT;
        List<Site> minimal = exact ? exactMinimal(file, test, ordering, outcome) : greedyMinimal(file, test, ordering, outcome);
        return new Review(file, test.name(), base.verdict(), test.expectedResult(), reports, minimal, exact);
    }

    private SiteReport judge(String file, LitmusTest test, Site site, String outcome) throws InputError {
        List<String> alternatives = Weakening.alternatives(site.primitive());
        String weakestOutcome = null;
        for (int i = 0; i < alternatives.size(); i++) {
            String alt = alternatives.get(i);
            String got = outcome(checker.check(file, Edits.apply(test, Map.of(site.pos(), alt), kernel)));
            if (i == 0) {
                weakestOutcome = got;
            }
            if (got.equals(outcome)) {
                Status status = alt.equals(Weakening.REMOVE) ? Status.REDUNDANT : Status.WEAKENABLE;
                return new SiteReport(site, status, status == Status.REDUNDANT ? null : alt, verdictOf(weakestOutcome));
            }
        }
        return new SiteReport(site, Status.NEEDED, null, verdictOf(weakestOutcome));
    }

    private List<Site> exactMinimal(String file, LitmusTest test, List<Site> sites, String outcome) throws InputError {
        int n = sites.size();
        for (int size = 0; size <= n; size++) {
            for (int mask = 0; mask < (1 << n); mask++) {
                if (Integer.bitCount(mask) == size && keeps(file, test, sites, mask, outcome)) {
                    List<Site> kept = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if ((mask & (1 << i)) != 0) {
                            kept.add(sites.get(i));
                        }
                    }
                    return kept;
                }
            }
        }
        return sites;
    }

    private List<Site> greedyMinimal(String file, LitmusTest test, List<Site> sites, String outcome) throws InputError {
        List<Site> kept = new ArrayList<>(sites);
        for (Site candidate : sites) {
            List<Site> without = new ArrayList<>(kept);
            without.remove(candidate);
            if (keepsOnly(file, test, sites, without, outcome)) {
                kept = without;
            }
        }
        return kept;
    }

    private boolean keeps(String file, LitmusTest test, List<Site> sites, int keptMask, String outcome) throws InputError {
        List<Site> kept = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            if ((keptMask & (1 << i)) != 0) {
                kept.add(sites.get(i));
            }
        }
        return keepsOnly(file, test, sites, kept, outcome);
    }

    private boolean keepsOnly(String file, LitmusTest test, List<Site> all, List<Site> kept, String outcome) throws InputError {
        Map<SourcePos, String> edits = new HashMap<>();
        for (Site s : all) {
            if (!kept.contains(s)) {
                edits.put(s.pos(), Weakening.weakest(s.primitive()));
            }
        }
        return outcome(checker.check(file, Edits.apply(test, edits, kernel))).equals(outcome);
    }

    /** What must stay the same: the verdict and the flags (a weakening that adds a data race is no good). */
    private static String outcome(TestResult r) {
        return r.verdict() + " " + String.join(",", r.flags());
    }

    private static String verdictOf(String outcome) {
        return outcome.split(" ")[0] + (outcome.endsWith(" ") ? "" : " (flags: " + outcome.substring(outcome.indexOf(' ') + 1) + ")");
    }
}
