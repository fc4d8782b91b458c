package org.lkmm.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.model.Structure;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;

/**
 * The analysis derives from linux-kernel.cat what Lkmm.java argues in prose: on a structure
 * without lock events every check's failure only grows with rf and co (refuting a partial
 * execution is sound); with locks, lock.cat's singlestep(co) makes rf, and all after it,
 * non-monotone in co. Static definitions are found static.
 */
class ModelFactsTest {
    private static final Path CORPUS = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));
    private static final Set<String> RF_CO = Set.of("rf", "rfe-lf", "rf-ru", "co");

    private Structure structureOf(String test) throws Exception {
        Path file = CORPUS.resolve("kernel/litmus-tests").resolve(test);
        assumeTrue(Files.isRegularFile(file), () -> file + " not found");
        Program program = new Lowering(KernelTable.standard()).lower(LitmusParser.parseFile(file));
        List<Structure> out = new ArrayList<>();
        new Enumerator(program, new Lkmm(), Search.EXHAUSTIVE).runAll(c -> out.add(c.execution().structure()));
        return out.get(0);
    }

    @Test
    void theModelAsAWhole() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        ModelFacts f = Models.load("linux-memory-model").facts();
        assertEquals(List.of("rfe-lf", "rf-ru", "co"), f.choices());
        assertTrue(f.name("po-loc").orElseThrow().isStatic());
        assertTrue(f.name("Marked").orElseThrow().isStatic());
        assertTrue(f.name("srcu-rscs").orElseThrow().isStatic());
        assertEquals(Map.of("co", ModelFacts.Direction.GROWS), f.name("co").orElseThrow().inputs());
        assertFalse(f.name("hb").orElseThrow().isStatic());
        ModelFacts.CheckFacts lockNest = f.checks().get(0);
        assertEquals("lock-nest", lockNest.name().orElseThrow());
        assertTrue(lockNest.inputs().isEmpty(), "lock-nest is decided per structure");
        assertTrue(f.checksMonotoneIn(Set.of("rf")));
        assertFalse(f.checksMonotone(), "lock.cat's singlestep(co) subtracts co");
    }

    @Test
    void withoutLocksEveryCheckGrowsWithRfAndCo() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        Interpreter model = Models.load("linux-memory-model");
        ModelFacts f = model.facts(structureOf("SB+fencembonceonces.litmus"));
        assertTrue(f.checksMonotoneIn(RF_CO), f.checks().toString());
        assertTrue(f.name("rf").orElseThrow().monotone());
        assertTrue(f.name("hb").orElseThrow().monotone());
        assertTrue(f.name("rb").orElseThrow().isStatic(), "no grace period: rb is empty");
        assertTrue(f.flags().stream().filter(x -> x.name().orElse("").equals("data-race"))
                .allMatch(x -> x.inputs().isEmpty()), "nothing plain: no race to look for");
    }

    @Test
    void withLocksCoIsSubtracted() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        ModelFacts f = Models.load("linux-memory-model").facts(structureOf("MP+polocks.litmus"));
        assertFalse(f.checksMonotoneIn(RF_CO));
        assertEquals(ModelFacts.Direction.BOTH, f.name("rf").orElseThrow().inputs().get("co"));
    }
}
