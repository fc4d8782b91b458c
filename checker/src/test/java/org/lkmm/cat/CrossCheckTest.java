package org.lkmm.cat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.diag.InputError;

/**
 * The cross-check that matters: on every candidate execution of the conformance corpus, the
 * interpreter running the kernel's own linux-kernel.cfg (6.1, from ../shared) must give the
 * built-in model's verdict, failed check and flags. In the suite it takes every 8th test of
 * expected.tsv and skips tests with more than 300 candidates, to stay well under a minute;
 * by hand, every test and up to 100000 candidates each:
 * {@code mvn -B -pl checker test -Dtest=CrossCheckTest -Dlkmm.crosscheck.every=1 -Dlkmm.crosscheck.limit=100000}
 * The summary line (tests covered, skipped, candidates compared, disagreements) goes to stdout.
 */
class CrossCheckTest {
    private static final Path CORPUS = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));
    private static final int EVERY = Integer.getInteger("lkmm.crosscheck.every", 8);
    private static final long LIMIT = Long.getLong("lkmm.crosscheck.limit", 300);
    private static final AtomicLong covered = new AtomicLong();
    private static final AtomicLong skipped = new AtomicLong();
    private static final AtomicLong candidates = new AtomicLong();
    private static final AtomicLong disagreements = new AtomicLong();

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException, InputError {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("expected.tsv")), () -> "corpus not found at " + CORPUS);
        assumeTrue(Models.present(), Models::absentReason);
        Interpreter model = Models.load("linux-memory-model");
        List<String> files = Files.readAllLines(CORPUS.resolve("expected.tsv")).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).toList();
        return IntStream.range(0, files.size()).filter(i -> i % EVERY == 0).mapToObj(files::get)
                .map(f -> DynamicTest.dynamicTest(f, () -> {
                    CrossCheck.Outcome o = CrossCheck.run(model, CORPUS.resolve(f), LIMIT);
                    if (o.skipped()) {
                        skipped.incrementAndGet();
                        assumeTrue(false, o.why());
                    }
                    covered.incrementAndGet();
                    candidates.addAndGet(o.candidates());
                    disagreements.addAndGet(o.disagreements());
                    assertEquals(List.of(), o.examples(), o.disagreements() + " of " + o.candidates() + " candidates differ");
                }));
    }

    @AfterAll
    static void summary() {
        System.out.printf("cat cross-check: %d tests covered, %d skipped (over %d candidates or not lowered), "
                + "%d candidates compared, %d disagreements%n", covered.get(), skipped.get(), LIMIT,
                candidates.get(), disagreements.get());
    }
}
