package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.differential.Herd7;

/**
 * A bounded, seeded run of MutationFuzz in the build: mutants of small corpus tests through lkmm's
 * command line and herd7. Each must be neither an lkmm failure (internal error, stack trace,
 * hang, an exit or output that is neither an answer nor a one-line error) nor a disagreement
 * with herd7 on whether to answer, or on the answer. Without herd7 only the first half is
 * checked; without the corpus, nothing (skipped with the reason). MutationFuzz's main runs more.
 */
class MutationFuzzTest {
    private static final int MUTANTS = 120;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> mutantsGetHerd7sAnswerOrAClearError() throws Exception {
        Path work = Files.createTempDirectory("mutants-");
        MutationFuzz fuzz = new MutationFuzz(Herd7.standard(), work);
        assumeTrue(fuzz.hasSources(), "no corpus beside the repository (../shared/litmus): fuzzer skipped");
        List<DynamicTest> tests = new ArrayList<>();
        for (long seed = 1; seed <= MUTANTS; seed++) {
            long s = seed;
            Future<MutationFuzz.Outcome> f = POOL.submit(() -> fuzz.run(s));
            tests.add(DynamicTest.dynamicTest("mutant " + seed, () -> {
                MutationFuzz.Outcome o = f.get();
                assertFalse(MutationFuzz.isBug(o.kind()), () -> o.kind() + ": " + o.operator() + " of " + o.source()
                        + " (seed " + o.seed() + "; replay: MutationFuzz --mutants 1 --seed " + o.seed() + " --out DIR)\n"
                        + "lkmm: " + (o.lkmm() == null ? "(hang)" : o.lkmm().exit() + "\n" + o.lkmm().out() + o.lkmm().err())
                        + "\nherd7: " + o.herd());
            }));
        }
        return tests.stream();
    }
}
