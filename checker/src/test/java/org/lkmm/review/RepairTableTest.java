package org.lkmm.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lkmm.review.repair.Fix;
import org.lkmm.review.repair.Repair;

/**
 * Keeps litmus/REPAIR.md true: every kernel Never test (when the corpus is beside the
 * repository) and every swiotlb pattern with Result: Never is stripped and repaired again, each
 * must get Never back at no more than its original ordering's cost, each fix re-checked from its
 * edited text, and the committed table must be what this run computes. With
 * -Dlkmm.promote=true the table is written instead (review the diff).
 */
class RepairTableTest {
    private static final Path CORPUS = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));
    private static final String SWIOTLB_TITLE = "swiotlb patterns with Result: Never";

    @Test
    void repairRestoresEveryNeverTestAtNoHigherCostAndTheTableSaysSo() throws Exception {
        RepairTable table = new RepairTable();
        boolean corpus = Files.isRegularFile(CORPUS.resolve("expected.tsv"));
        List<RepairTable.Row> kernel = new ArrayList<>();
        if (corpus) {
            for (String f : RepairTable.kernelNever(CORPUS)) {
                kernel.add(table.measure(f, CORPUS.resolve(f)));
            }
        }
        List<RepairTable.Row> swiotlb = new ArrayList<>();
        for (Path p : RepairTable.swiotlbNever(LITMUS)) {
            swiotlb.add(table.measure("swiotlb/" + p.getFileName(), p));
        }
        List<RepairTable.Row> all = new ArrayList<>(kernel);
        all.addAll(swiotlb);
        Herd7Check herd = Herd7Check.standard();
        for (RepairTable.Row r : all) {
            assertTrue(r.restored(), r.label() + ": repair did not restore Never at no more than cost " + r.stripped().cost());
            if (herd.present()) {
                for (Fix f : r.repair().fixes()) {
                    String seen = herd.observe("fix", f.editedText());
                    assertTrue(seen.matches("Observation \\S+ Never 0 \\d+"), r.label() + ": herd7 says " + seen + " of\n" + f.editedText());
                }
            }
        }
        String swiotlbSection = RepairTable.section(SWIOTLB_TITLE, swiotlb);
        Path md = LITMUS.resolve("REPAIR.md");
        if (Boolean.getBoolean("lkmm.promote")) {
            assertTrue(corpus, "promote needs the corpus beside the repository, for the kernel's tests");
            Files.writeString(md, document(kernel, swiotlb, all));
            return;
        }
        String committed = Files.readString(md);
        if (corpus) {
            assertEquals(document(kernel, swiotlb, all), committed, "litmus/REPAIR.md is out of date (-Dlkmm.promote=true rewrites it)");
        } else {
            assertTrue(committed.contains(swiotlbSection), "litmus/REPAIR.md's swiotlb table is out of date");
        }
    }

    private static String document(List<RepairTable.Row> kernel, List<RepairTable.Row> swiotlb, List<RepairTable.Row> all) {
        long stripped = all.stream().filter(r -> !r.stripped().sites().isEmpty()).count();
        List<RepairTable.Row> repaired = all.stream().filter(r -> r.repair().status() != Repair.Status.ALREADY_MET).toList();
        List<RepairTable.Row> stayed = all.stream().filter(r -> r.repair().status() == Repair.Status.ALREADY_MET).toList();
        long restored = repaired.stream().filter(RepairTable.Row::restored).count();
        long exact = repaired.stream().filter(r -> r.repair().search().equals("exact")).count();
        long cheaperFix = repaired.stream().filter(RepairTable.Row::cheaper).count();
        long cheaperNone = stayed.stream().filter(RepairTable.Row::cheaper).count();
        long fixes = repaired.stream().mapToLong(r -> r.repair().fixes().size()).sum();
        return """
                # Repair measured on real fixes

                `lkmm review --repair` finds the cheapest strengthenings that forbid a test's outcome. This
                table measures it on tests whose ordering is known to be right: every test of the kernel's
                litmus tests (`../shared/litmus/kernel`) that herd7 answers Never, and every swiotlb pattern
                of `litmus/swiotlb` whose `Result:` line says Never. Each test is stripped of its ordering
                (fences removed; release and acquire accesses made ONCE; ordered RMWs made relaxed; see
                `strengthenings.tsv` in `org.lkmm.review.repair`, the same table repair reads), then repaired
                for Never with the default costs (ONCE 1, acquire/release 2, rmb/wmb 3, mb 4; a fix costs the
                sum of what it adds, and the ordering taken out is priced the same way). Locks, RCU read-side
                critical sections, grace periods and dependencies are the algorithm, not barriers: they stay.

                Generated and kept true by `RepairTableTest`, which strips and repairs every test again and
                compares (`-Dlkmm.promote=true` rewrites this file). Every fix listed was written into the
                stripped test's text, parsed and checked again by lkmm; the test also runs herd7 7.58 on each
                fix when it sits in `../shared/tools`, and herd7 must answer Never without flags. "cheaper"
                marks a repair that costs less than the ordering the test had.

                ## Summary

                """
                + "- " + all.size() + " tests: " + kernel.size() + " kernel Never tests and " + swiotlb.size()
                + " swiotlb patterns; " + stripped + " had ordering to take out.\n"
                + "- " + repaired.size() + " were no longer Never once stripped. Repair restored Never on " + restored
                + " of them, each at no higher cost than the original (" + exact + " by exact search, "
                + (repaired.size() - exact) + " by beam search; " + fixes + " cheapest fixes, ties included).\n"
                + "- Cheaper than the original: " + cheaperFix + " of those " + repaired.size() + ", listed with their"
                + " edited lines and re-checks at the end.\n"
                + "- " + stayed.size() + " stayed Never when stripped: coherence, atomicity, locks, RCU or a dependency"
                + " forbid their outcome alone. " + (stayed.size() - cheaperNone) + " of them had no ordering to take out; for the other "
                + cheaperNone + " the ordering they had is not needed for this outcome (cost 0 is cheaper).\n\n"
                + RepairTable.section("Kernel Never tests", kernel)
                + RepairTable.section(SWIOTLB_TITLE, swiotlb)
                + "## The cheaper fixes\n\n"
                + RepairTable.cheaperDetails(all);
    }
}
