package org.lkmm.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.cat.CatModel;
import org.lkmm.cat.ModelSource;
import org.lkmm.model.Generation;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.report.HerdFormat;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.ModelChoice;
import org.lkmm.verdict.TestResult;

/**
 * Every test of ../shared/litmus/expected.tsv must get herd7's whole output, as
 * herd7-output/MODEL/PATH.out holds it: every line (Test, States and each state, Ok/No,
 * Witnesses, Positive/Negative, Flag, Condition, Observation, Hash) but Time. Linux 6.1, 6.12
 * (v6.4 semantics) and mainline (lkmmv2) each with the built-in model's generation and with
 * their own files from ../shared/reference interpreted. Tests run in parallel up front; each
 * dynamic test waits for its own result.
 */
class ConformanceTest {
    private static final long TIMEOUT_SECONDS = 30;
    private static final String GAPS_FILE = "conformance-known-gaps.tsv";
    /** Files we know we still get wrong, with why; each must go, none may be added silently. */
    private static final Map<String, String> KNOWN_GAPS = knownGaps();

    private static Map<String, String> knownGaps() {
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/" + GAPS_FILE)) {
            Map<String, String> gaps = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    gaps.put(f[0], f.length > 1 ? f[1] : "");
                }
            }
            return gaps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private static final ExecutorService POOL =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    /** An output without its Time line and trailing blank lines. */
    static String withoutTime(String output) {
        StringBuilder b = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (!line.startsWith("Time ")) {
                b.append(line).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusTestMatchesHerd7() {
        assumeTrue(Corpus.present(), Corpus::absentReason);
        return conformance("6.1", new Checker(KernelTable.standard(), new Lkmm()), KNOWN_GAPS);
    }

    @TestFactory
    Stream<DynamicTest> sixOnesOwnFilesInterpretedGiveHerd7sOutput() throws Exception {
        return interpreted("6.1", "linux-memory-model");
    }

    @TestFactory
    Stream<DynamicTest> sixTwelvesOwnFilesGiveHerd7sOutput() throws Exception {
        return interpreted("6.12", "linux-memory-model-6.12");
    }

    @TestFactory
    Stream<DynamicTest> mainlinesOwnFilesGiveHerd7sOutput() throws Exception {
        return interpreted("master", "linux-memory-model-master");
    }

    @TestFactory
    Stream<DynamicTest> theBuiltInSixTwelveGivesHerd7sOutput() throws Exception {
        return builtIn("6.12", "linux-memory-model-6.12", Generation.LINUX_6_12);
    }

    @TestFactory
    Stream<DynamicTest> theBuiltInMainlineGivesHerd7sOutput() throws Exception {
        return builtIn("master", "linux-memory-model-master", Generation.MAINLINE);
    }

    private static Path cfg(String folder) {
        Path cfg = Corpus.ROOT.resolveSibling("reference").resolve(folder).resolve("linux-kernel.cfg");
        assumeTrue(Files.isRegularFile(cfg), () -> cfg + " not found");
        return cfg;
    }

    private Stream<DynamicTest> interpreted(String model, String folder) throws Exception {
        assumeTrue(Corpus.present(), Corpus::absentReason);
        Path cfg = cfg(folder);
        ModelChoice choice = ModelChoice.of(ModelSource.fromCfg(cfg, List.of()), cfg.toString(), true);
        assertTrue(choice.model() instanceof CatModel, "the interpreter answers");
        return conformance(model, new Checker(choice, Search.PRUNED), Map.of());
    }

    /** The files of a generation the built-in model knows are answered by it (and must give herd7's output too). */
    private Stream<DynamicTest> builtIn(String model, String folder, Generation generation) throws Exception {
        assumeTrue(Corpus.present(), Corpus::absentReason);
        ModelChoice choice = ModelChoice.fromCfg(cfg(folder));
        assertEquals(new Lkmm(generation).name(), choice.name(), "these files are the built-in generation's");
        return conformance(model, new Checker(choice, Search.PRUNED), Map.of());
    }

    private Stream<DynamicTest> conformance(String model, Checker checker, Map<String, String> knownGaps) {
        java.util.Set<String> herdTimeouts = java.util.Set.of(
                Corpus.read("herd7-output/" + model + "/timeouts.txt").split("\\s+"));
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] row : Corpus.rows("expected.tsv")) {
            String file = row[0];
            if (herdTimeouts.contains(file)) {
                continue; // herd7 did not finish it in 20 s: nothing to compare with
            }
            String expected = withoutTime(Corpus.read("herd7-output/" + model + "/" + file + ".out"));
            Future<String> actual = POOL.submit(() -> {
                TestResult r = checker.check(file, LitmusParser.parseFile(Corpus.ROOT.resolve(file)));
                return withoutTime(HerdFormat.of(r, false));
            });
            String gap = knownGaps.get(file);
            tests.add(DynamicTest.dynamicTest(file, () -> {
                String got;
                try {
                    got = actual.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    actual.cancel(true);
                    got = "TIMEOUT after " + TIMEOUT_SECONDS + " s";
                } catch (ExecutionException e) {
                    got = "error: " + e.getCause().getMessage();
                }
                if (gap != null) {
                    assertNotEquals(expected, got, file + " now matches herd7: delete its line from " + GAPS_FILE);
                    abort("known gap, listed in " + GAPS_FILE + " (" + gap + "): expected " + expected + ", got " + got);
                }
                assertEquals(expected, got, file + ": herd7's whole output under " + model + ", Time aside");
            }));
        }
        return tests.stream();
    }
}
