package org.lkmm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lkmm.enumerate.Enumerator;
import org.lkmm.kernel.KernelTable;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;

/**
 * The per-location coherence check (places in co compared along program order) agrees with the
 * cat file's acyclic (po-loc | com) on every candidate of the kernel's litmus tests and of
 * Dat3M's lkml and dart tests and paulmckrcu/manual, coherent or not (the enumerator builds incoherent ones when the model
 * does not check coherence).
 */
class CoherenceTest {
    private static final Path CORPUS = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));

    @Test
    void agreesWithTheCatDefinitionOnEveryCandidate() throws Exception {
        List<Path> files = files(CORPUS.resolve("kernel"), CORPUS.resolve("dat3m/litmus/LKMM/lkml"),
                CORPUS.resolve("dat3m/litmus/LKMM/dart"), CORPUS.resolve("paulmckrcu/manual"));
        assumeTrue(!files.isEmpty(), () -> "corpus not found at " + CORPUS.toAbsolutePath());
        Lkmm withoutCoherence = new Lkmm(EnumSet.of(Axiom.COHERENCE));
        long[] seen = new long[2];
        for (Path file : files) {
            Program program = new Lowering(KernelTable.standard()).lower(LitmusParser.parseFile(file));
            new Enumerator(program, withoutCoherence).runAll(c -> {
                Structure b = c.execution().structure();
                if (b.hasLockEvents()) {
                    return; // lock.cat rewrites rf and co; the relational check stays in charge there
                }
                boolean cat = new Run(c.execution(), Set.of()).coherent();
                assertEquals(cat, Coherence.perLocation(b, c.execution().rf(), c.execution().co()), file.toString());
                seen[cat ? 0 : 1]++;
            });
        }
        assertTrue(seen[0] > 3000 && seen[1] > 3000, "coherent / incoherent candidates: " + seen[0] + " / " + seen[1]);
    }

    /**
     * While coherence is checked, the enumerator builds only coherent candidates on structures
     * without lock events (its co orders follow the four shapes, and a read never takes the
     * initial value after its thread saw a later one), which lets a group of them be counted
     * without a check each.
     */
    @Test
    void theEnumeratorBuildsOnlyCoherentCandidates() throws Exception {
        List<Path> files = files(CORPUS.resolve("kernel"), CORPUS.resolve("dat3m/litmus/LKMM/lkml"),
                CORPUS.resolve("dat3m/litmus/LKMM/dart"), CORPUS.resolve("paulmckrcu/manual"));
        assumeTrue(!files.isEmpty(), () -> "corpus not found at " + CORPUS.toAbsolutePath());
        Lkmm full = new Lkmm();
        long[] seen = new long[1];
        for (Path file : files) {
            Program program = new Lowering(KernelTable.standard()).lower(LitmusParser.parseFile(file));
            new Enumerator(program, full, org.lkmm.enumerate.Search.EXHAUSTIVE).runAll(c -> {
                Structure b = c.execution().structure();
                if (!b.hasLockEvents()) {
                    assertTrue(new Run(c.execution(), Set.of()).coherent(), file.toString());
                    seen[0]++;
                }
            });
        }
        assertTrue(seen[0] > 3000, "candidates seen: " + seen[0]);
    }

    /** The .litmus files under dirs that herd7 answered (expected.tsv lists them). */
    private static List<Path> files(Path... dirs) throws IOException {
        List<Path> out = new java.util.ArrayList<>();
        Path expected = CORPUS.resolve("expected.tsv");
        if (!Files.isRegularFile(expected)) {
            return out;
        }
        Set<String> answered = new java.util.HashSet<>();
        for (String line : Files.readAllLines(expected)) {
            answered.add(line.split("\t")[0]);
        }
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> answered.contains(CORPUS.relativize(p).toString().replace('\\', '/')))
                            .sorted().forEach(out::add);
                }
            }
        }
        return out;
    }
}
