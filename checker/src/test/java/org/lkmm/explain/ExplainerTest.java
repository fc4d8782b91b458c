package org.lkmm.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.ast.LitmusTest;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Axiom;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;

/**
 * explain names an axiom for every Never test of the kernel's litmus tests, and the axioms it
 * names really rule the outcome out: with them disabled the outcome appears.
 */
class ExplainerTest {
    private static final Path KERNEL = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"), "kernel");
    private final KernelTable kernel = KernelTable.standard();

    @TestFactory
    Stream<DynamicTest> everyKernelNeverTestIsExplainedByAnAxiomThatReallyForbidsIt() throws IOException {
        assumeTrue(Files.isDirectory(KERNEL), () -> "kernel litmus tests not found at " + KERNEL.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(KERNEL)) {
            files = walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
        Checker checker = new Checker(kernel, new Lkmm());
        return files.stream().map(file -> DynamicTest.dynamicTest(KERNEL.relativize(file).toString(), () -> {
            LitmusTest test = LitmusParser.parseFile(file);
            TestResult r = checker.check(file.toString(), test);
            assumeTrue(r.verdict().equals("Never") && r.negative().signum() > 0, "not a Never test with executions");
            Explanation x = new Explainer(kernel, new Lkmm()).explain(test);
            assertFalse(x.observable());
            if (x.example().isEmpty()) {
                return; // no candidate produces the values at all: nothing for an axiom to forbid
            }
            assertTrue(x.exampleAxiom().isPresent(), "names an axiom");
            assertFalse(x.cycle().isEmpty(), "shows the cycle or the offending pairs");
            Lkmm without = new Lkmm(EnumSet.copyOf(x.brokenTogether()));
            TestResult weaker = new Checker(kernel, without).check(file.toString(), test);
            assertTrue(weaker.positive().signum() > 0, "without " + x.brokenTogether() + " the outcome should appear");
        }));
    }

    @Test
    void allowedOutcomeComesWithAWitness() throws Exception {
        LitmusTest test = LitmusParser.parse("MP.litmus", """
                C MP
                {}
                P0(int *x, int *y) { WRITE_ONCE(*x, 1); WRITE_ONCE(*y, 1); }
                P1(int *x, int *y) { int r0; int r1; r0 = READ_ONCE(*y); r1 = READ_ONCE(*x); }
                exists (1:r0=1 /\\ 1:r1=0)
                """);
        Explanation x = new Explainer(kernel, new Lkmm()).explain(test);
        assertTrue(x.observable());
        assertEquals("1:r0=1; 1:r1=0;", x.finalState());
    }

    @Test
    void storeBufferingIsForbiddenByPropagationThroughBothFences() throws Exception {
        LitmusTest test = LitmusParser.parse("SB.litmus", """
                C SB
                {}
                P0(int *x, int *y) { int r0; WRITE_ONCE(*x, 1); smp_mb(); r0 = READ_ONCE(*y); }
                P1(int *x, int *y) { int r0; WRITE_ONCE(*y, 1); smp_mb(); r0 = READ_ONCE(*x); }
                exists (0:r0=0 /\\ 1:r0=0)
                """);
        Explanation x = new Explainer(kernel, new Lkmm()).explain(test);
        assertEquals(Axiom.PROPAGATION, x.exampleAxiom().orElseThrow());
        assertEquals(List.of("fre", "po", "po", "fre", "po", "po"), x.cycle().stream().map(Link::relation).toList());
    }
}
