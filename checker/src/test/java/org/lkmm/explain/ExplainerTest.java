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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.ast.LitmusTest;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Axiom;
import org.lkmm.model.CatRelations;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.relation.Relation;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;

/**
 * explain names an axiom for every Never test of the kernel's litmus tests, the axioms it names
 * really rule the outcome out (with them disabled the outcome appears), and every edge of the
 * cycle is derived in linux-kernel.cat's terms: named by cat relations the model says hold it,
 * down to base steps with reasons that join up into the edge.
 */
class ExplainerTest {
    private static final Path KERNEL = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"), "kernel");
    private static final Set<String> INTERNAL_EXTERNAL = Set.of("coi", "fri");
    private final KernelTable kernel = KernelTable.standard();

    @TestFactory
    Stream<DynamicTest> everyKernelNeverTestIsExplainedByAnAxiomThatReallyForbidsItInTheModelsTerms() throws IOException {
        return everyKernelNeverTestExplained(org.lkmm.model.Generation.LINUX_6_1);
    }

    /** The same under mainline's model, lkmm's default (lkmmv2: fully ordered RMWs carry Mb, no fences). */
    @TestFactory
    Stream<DynamicTest> everyKernelNeverTestIsExplainedUnderMainline() throws IOException {
        return everyKernelNeverTestExplained(org.lkmm.model.Generation.MAINLINE);
    }

    private Stream<DynamicTest> everyKernelNeverTestExplained(org.lkmm.model.Generation generation) throws IOException {
        assumeTrue(Files.isDirectory(KERNEL), () -> "kernel litmus tests not found at " + KERNEL.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(KERNEL)) {
            files = walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
        org.lkmm.verdict.ModelChoice choice = org.lkmm.verdict.ModelChoice.builtIn(generation);
        Checker checker = new Checker(choice, org.lkmm.enumerate.Search.PRUNED);
        return files.stream().map(file -> DynamicTest.dynamicTest(KERNEL.relativize(file).toString(), () -> {
            LitmusTest test = LitmusParser.parseFile(file);
            TestResult r = checker.check(file.toString(), test);
            assumeTrue(r.verdict().equals("Never") && r.negative().signum() > 0, "not a Never test with executions");
            Explanation x = new Explainer(choice, Explainer.Options.DEFAULT).explain(file.toString(), test);
            assertFalse(x.observable());
            assertEquals("Never", x.verdict());
            if (x.example().isEmpty()) {
                return; // no candidate produces the values at all: nothing for an axiom to forbid
            }
            assertTrue(x.exampleAxiom().isPresent(), "names an axiom");
            assertFalse(x.cycle().isEmpty(), "shows the cycle or the offending pairs");
            Lkmm without = new Lkmm(generation, EnumSet.copyOf(x.brokenTogether()));
            TestResult weaker = new Checker(new org.lkmm.verdict.ModelChoice(choice.kernel(), choice.version(), without),
                    org.lkmm.enumerate.Search.PRUNED).check(file.toString(), test);
            assertTrue(weaker.positive().signum() > 0, "without " + x.brokenTogether() + " the outcome should appear");
            inTheModelsTerms(x, generation);
        }));
    }

    /** Every step named, true of the model, with a reason at the bottom, its parts a path from its start to its end. */
    private static void inTheModelsTerms(Explanation x) {
        inTheModelsTerms(x, org.lkmm.model.Generation.LINUX_6_1);
    }

    private static void inTheModelsTerms(Explanation x, org.lkmm.model.Generation generation) {
        CatRelations cat = CatRelations.of(x.example().get().execution(), generation);
        List<Step> top = x.derivation();
        assertFalse(top.isEmpty());
        Axiom axiom = x.exampleAxiom().get();
        for (int i = 0; i < top.size(); i++) {
            Step s = top.get(i);
            if (axiom == Axiom.HAPPENS_BEFORE || axiom == Axiom.PROPAGATION || axiom == Axiom.RCU) {
                assertEquals(Cycles.relationOf(axiom), s.names().get(0), "a cycle of " + Cycles.relationOf(axiom));
                assertEquals(top.get((i + 1) % top.size()).from(), s.to(), "the edges make a cycle");
            }
            check(cat, s);
        }
    }

    private static void check(CatRelations cat, Step s) {
        assertFalse(s.names().isEmpty());
        for (String name : s.names()) {
            Relation r = relation(cat, name);
            if (r != null) {
                assertTrue(r.contains(s.from(), s.to()), name + " holds " + s.from() + "->" + s.to());
            }
        }
        if (s.parts().isEmpty()) {
            assertFalse(s.reason().isEmpty(), "a reason for " + s.name());
            return;
        }
        assertEquals(s.from(), s.parts().get(0).from());
        assertEquals(s.to(), s.parts().get(s.parts().size() - 1).to());
        for (int i = 0; i + 1 < s.parts().size(); i++) {
            assertEquals(s.parts().get(i).to(), s.parts().get(i + 1).from(), "the parts of " + s.name() + " join up");
        }
        s.parts().forEach(p -> check(cat, p));
    }

    private static Relation relation(CatRelations cat, String name) {
        if (CatRelations.NAMES.contains(name)) {
            return cat.get(name);
        }
        if (INTERNAL_EXTERNAL.contains(name)) {
            return cat.get(name.substring(0, 2)).minus(cat.get("coe").union(cat.get("fre")));
        }
        return switch (name) {
            case "overwrite & ext" -> cat.get("coe").union(cat.get("fre"));
            case "A-cumul", "rmw & (fre ; coe)" -> null; // sequences: their parts are checked
            default -> null;
        };
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
        assertEquals("Sometimes", x.verdict());
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
        assertEquals(List.of("pb", "pb"), x.derivation().stream().map(Step::name).toList());
        assertEquals(List.of("prop/overwrite & ext/fre", "strong-fence/mb"),
                x.derivation().get(0).parts().stream().map(Step::name).toList());
        assertTrue(x.derivation().get(0).parts().get(1).reason().startsWith("smp_mb() at P1:4 is a strong fence"),
                x.derivation().get(0).parts().get(1).reason());
        assertEquals(List.of("fre", "mb", "fre", "mb"), x.cycle().stream().map(Link::relation).toList());
    }

    @Test
    void aRaceIsExplainedByTheAccessesThatRaceAndTheRelationTheyMiss() throws Exception {
        LitmusTest test = LitmusParser.parse("race.litmus", """
                C race
                {}
                P0(int *x, int *y) { *x = 1; WRITE_ONCE(*y, 1); }
                P1(int *x, int *y) { int r0; int r1; r0 = READ_ONCE(*y); r1 = *x; }
                exists (1:r0=1 /\\ 1:r1=0)
                """);
        Explanation x = new Explainer(kernel, new Lkmm()).explain(test);
        FlagNote race = x.flagNotes().get(0);
        assertEquals("data-race", race.flag());
        assertTrue(race.example().isPresent());
        Step pair = race.pairs().get(0);
        assertTrue(Set.of("ww-race", "wr-race", "rw-race").contains(pair.name()), pair.name());
        assertTrue(pair.reason().contains("(plain)"), pair.reason());
    }

    @Test
    void aFilterIsShownAndHonoured() throws Exception {
        LitmusTest test = LitmusParser.parse("filter.litmus", """
                C filtered
                {}
                P0(int *x, int *y) { WRITE_ONCE(*x, 1); WRITE_ONCE(*y, 1); }
                P1(int *x, int *y) { int r0; int r1; r0 = READ_ONCE(*y); r1 = READ_ONCE(*x); }
                filter (1:r0=1)
                exists (1:r1=0)
                """);
        Explanation x = new Explainer(kernel, new Lkmm()).explain(test);
        assertEquals("filter (1:r0=1)", x.filter().orElseThrow());
        assertTrue(x.observable());
        assertTrue(x.finalState().contains("1:r1=0"), x.finalState());
    }
}
