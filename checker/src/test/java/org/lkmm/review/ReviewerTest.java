package org.lkmm.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.verdict.Checker;

/** Site-by-site review findings for classic shapes (src/test/resources/review). */
class ReviewerTest {
    private final KernelTable kernel = KernelTable.standard();
    private final Reviewer reviewer = new Reviewer(new Checker(kernel, new Lkmm()), kernel);

    private Review review(String name) throws Exception {
        Path file = Path.of("src/test/resources/review", name + ".litmus");
        return reviewer.review(file.toString(), LitmusParser.parseFile(file));
    }

    /** "P0 smp_mb WEAKENABLE smp_wmb" for each non-ONCE site, in order. */
    private static String findings(Review r) {
        return r.sites().stream().filter(s -> !s.site().primitive().endsWith("_ONCE"))
                .map(s -> "P" + s.site().process() + " " + s.site().primitive() + " " + s.status()
                        + (s.weakerAlternative() == null ? "" : " " + s.weakerAlternative()))
                .collect(Collectors.joining("; "));
    }

    @Test
    void messagePassingNeedsOnlyWriteAndReadBarriers() throws Exception {
        Review r = review("MP+mbs");
        assertEquals("Never", r.verdict());
        assertEquals("P0 smp_mb WEAKENABLE smp_wmb; P1 smp_mb WEAKENABLE smp_rmb", findings(r));
    }

    @Test
    void storeBufferingNeedsBothFullBarriers() throws Exception {
        Review r = review("SB+fencembonceonces");
        assertEquals("P0 smp_mb NEEDED; P1 smp_mb NEEDED", findings(r));
        assertEquals(List.of("smp_mb", "smp_mb"), r.minimalSet().stream().map(Site::primitive).toList());
        assertEquals("Sometimes", r.sites().stream().filter(s -> s.site().primitive().equals("smp_mb"))
                .findFirst().orElseThrow().outcomeIfWeakened());
    }

    @Test
    void releaseAcquirePairsAreNeededButTheMiddleReleaseAlsoOrdersItsRead() throws Exception {
        Review r = review("ISA2+rel+acqs");
        assertEquals("P0 smp_store_release NEEDED; P1 smp_load_acquire WEAKENABLE READ_ONCE; "
                + "P1 smp_store_release NEEDED; P2 smp_load_acquire NEEDED", findings(r));
    }

    @Test
    void wrcNeedsTheFullBarrierOnTheMiddleCpuOnly() throws Exception {
        assertEquals("P1 smp_mb NEEDED; P2 smp_mb WEAKENABLE smp_rmb", findings(review("WRC+mbs")));
    }

    @Test
    void loadBufferingIrIwAndRNeedFullBarriers() throws Exception {
        assertEquals("P0 smp_mb NEEDED; P1 smp_mb NEEDED", findings(review("LB+mbs")));
        assertEquals("P2 smp_mb NEEDED; P3 smp_mb NEEDED", findings(review("IRIW+mbs")));
        assertEquals("P0 smp_mb NEEDED; P1 smp_mb NEEDED", findings(review("R+mbs")));
    }

    @Test
    void sNeedsTheWriteBarrierAndTheFullBarrier() throws Exception {
        assertEquals("P0 smp_wmb NEEDED; P1 smp_mb NEEDED", findings(review("S+wmb+mb")));
    }

    @Test
    void barriersThatCannotForbidAnythingAreRedundant() throws Exception {
        Review r = review("2+2W+wmbs");
        assertEquals("Sometimes", r.verdict());
        assertEquals("P0 smp_wmb REDUNDANT; P1 smp_wmb REDUNDANT", findings(r));
        assertEquals(List.of(), r.minimalSet());
    }
}
