package org.lkmm.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;

/**
 * The 6.12 model (v6.4 semantics, lock.cat fixed) and the kernel's master (variant lkmmv2) load
 * and run on the events of Linux 6.1's primitives (KernelTable.standard(), on purpose: what each
 * newer model needs of the events is named here). With their own .def files they give herd7's
 * whole output on the corpus: ConformanceTest.
 */
class NewerModelsTest {
    private static final Path CORPUS = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));

    @Test
    void bothLoadAndJudgeTheKernelsTests() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        Path dir = CORPUS.resolve("kernel/litmus-tests");
        assumeTrue(Files.isDirectory(dir), () -> dir + " not found");
        List<Path> tests;
        try (Stream<Path> s = Files.list(dir)) {
            tests = s.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
        for (String folder : List.of("linux-memory-model-6.12", "linux-memory-model-master")) {
            Interpreter model = Models.load(folder);
            long[] judged = {0};
            for (Path t : tests) {
                Program program = new Lowering(KernelTable.standard()).lower(LitmusParser.parseFile(t));
                new Enumerator(program, new Lkmm(), Search.EXHAUSTIVE).runAll(c -> {
                    model.judge(c.execution());
                    judged[0]++;
                });
            }
            assertTrue(judged[0] > 200, folder);
        }
    }

    /** The 6.12 answers that differ from 6.1's, from herd7-output/6.12 (values all determined). */
    @Test
    void sixTwelveGivesHerdsAnswersWhereTheShapesAreTheSame() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        Interpreter model = Models.load("linux-memory-model-6.12");
        for (String test : List.of("dat3m/litmus/LKMM/tree/dep_plain.litmus",
                "paulmckrcu/manual/plain/C-non-race4.litmus",
                "paulmckrcu/manual/demo/C-relseq.litmus",
                "paulmckrcu/manual/extra/rel-seq/C-rel-seq2.litmus",
                "paulmckrcu/manual/extra/rel-seq/C-rel-seq3.litmus")) {
            Optional<HerdCounts.Counts> herd = HerdCounts.herd(CORPUS.resolve("herd7-output/6.12/" + test + ".out"));
            assumeTrue(herd.isPresent(), () -> "no herd7 output for " + test);
            assertEquals(herd, HerdCounts.of(model, CORPUS.resolve(test)), test);
        }
    }

    @Test
    void whatTheNewerModelsNeedOfTheEvents() throws Exception {
        assumeTrue(Models.present(), Models::absentReason);
        ModelFacts v612 = Models.load("linux-memory-model-6.12").facts();
        // smp_mb__after_srcu_read_unlock() is a fence of its own kind since events carry herd's tags
        assertEquals(Set.of(), v612.tagsNoEventCarries());
        ModelFacts master = Models.load("linux-memory-model-master").facts();
        assertEquals(Set.of("ONCE", "RELEASE", "ACQUIRE", "NORETURN", "MB"),
                master.tagsNoEventCarries());
        assertEquals(Set.of("once", "acquire", "release", "noreturn", "mb"), master.tagsTheBellLacks());
        // 6.12 matches an srcu_read_unlock() with the lock whose value it stores (data ; rf);
        // as SRCU events are not loads and stores yet, every lock goes unmatched
        Optional<HerdCounts.Counts> nest = HerdCounts.of(Models.load("linux-memory-model-6.12"),
                CORPUS.resolve("paulmckrcu/manual/kernel/C-srcu-nest-5.litmus"));
        assumeTrue(nest.isPresent());
        assertTrue(nest.get().flags().contains("unmatched-srcu-lock"), nest.get().toString());
    }
}
