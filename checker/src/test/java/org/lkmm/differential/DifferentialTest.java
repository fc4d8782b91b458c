package org.lkmm.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/**
 * A bounded, seeded differential campaign in the build, when herd7 is there: the whole control
 * family and a few hundred random tests, each judged by herd7 and by lkmm, whole outputs compared
 * (Time aside). Larger campaigns by hand: Campaign's main.
 */
class DifferentialTest {
    /** Seeds of the bounded random campaign; Campaign --random N --seed S runs more. */
    private static final int RANDOM_TESTS = 150;
    private static final long FIRST_SEED = 1_000_000;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @TestFactory
    Stream<DynamicTest> lkmmPrintsWhatHerd7Prints() throws Exception {
        Herd7 herd = Herd7.standard();
        assumeTrue(herd.present(), herd::absentReason);
        Path work = Files.createTempDirectory("differential-");
        Differential d = new Differential(herd, work, 5);
        List<Campaign.Job> jobs = new ArrayList<>();
        ControlFamily.members().forEach(m -> jobs.add(new Campaign.Job(m.name(), m.text())));
        for (long seed = FIRST_SEED; seed < FIRST_SEED + RANDOM_TESTS; seed++) {
            jobs.add(new Campaign.Job("rnd-" + seed, RandomLitmus.generate("rnd-" + seed, seed)));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Campaign.Job j : jobs) {
            Future<Differential.Outcome> f = POOL.submit(() -> d.judge(j.name(), j.text()));
            tests.add(DynamicTest.dynamicTest(j.name(), () -> {
                Differential.Outcome o = f.get();
                assumeTrue(o.agreement() != Differential.Agreement.HERD_TIMEOUT, "herd7 ran past 5 s");
                assertNotEquals(Differential.Agreement.ONLY_LKMM_REJECTS, o.agreement(), j.text() + "\n" + o.lkmm());
                assertNotEquals(Differential.Agreement.ONLY_HERD_REJECTS, o.agreement(), j.text() + "\n" + o.herd());
                if (o.agreement() != Differential.Agreement.BOTH_REJECT) {
                    assertEquals(Herd7.withoutTime(o.herd()), Herd7.withoutTime(o.lkmm()), j.text());
                }
            }));
        }
        return tests.stream();
    }
}
