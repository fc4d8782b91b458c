package org.lkmm.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.ast.LitmusTest;
import org.lkmm.bench.Families;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;

/**
 * The enumerator's shortcuts (subtrees approved on an over-approximation, partial choices
 * refuted early, executions counted location by location) change nothing a user sees: on the
 * growth families (RCU chains, IRIW, lock chains, value-passing chains) and on the project's own litmus tests, the pruned search gives the verdict, counts,
 * states and flags of the exhaustive one. The conformance test checks the pruned search
 * against herd7 on the corpus; this covers tests herd7 never answered.
 */
class ShortcutsTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));

    @TestFactory
    Stream<DynamicTest> prunedSearchAgreesWithExhaustiveSearch() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Families.Member m : Families.all()) {
            if ((m.family().equals("rcu") || m.family().equals("pass")) && m.size() > 10) {
                continue; // 2^n executions: the exhaustive search alone would take seconds
            }
            tests.add(DynamicTest.dynamicTest(m.name(), () -> compare(LitmusParser.parse(m.name(), m.text()))));
        }
        if (Files.isDirectory(LITMUS)) {
            try (Stream<Path> walk = Files.walk(LITMUS)) {
                walk.filter(p -> p.toString().endsWith(".litmus")).sorted().forEach(file -> tests.add(
                        DynamicTest.dynamicTest(LITMUS.relativize(file).toString(),
                                () -> compare(LitmusParser.parseFile(file)))));
            }
        }
        return tests.stream();
    }

    private static void compare(LitmusTest test) throws Exception {
        KernelTable kernel = KernelTable.standard();
        TestResult pruned = new Checker(kernel, new Lkmm(), Search.PRUNED).check("t", test);
        TestResult exhaustive = new Checker(kernel, new Lkmm(), Search.EXHAUSTIVE).check("t", test);
        assertEquals(exhaustive.verdict(), pruned.verdict(), "verdict");
        assertEquals(exhaustive.positive(), pruned.positive(), "positive");
        assertEquals(exhaustive.negative(), pruned.negative(), "negative");
        assertEquals(exhaustive.states(), pruned.states(), "states");
        assertEquals(exhaustive.flags(), pruned.flags(), "flags");
    }
}
