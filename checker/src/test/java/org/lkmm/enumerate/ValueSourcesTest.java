package org.lkmm.enumerate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.parse.LitmusParser;
import org.lkmm.program.Event;
import org.lkmm.program.Lowering;
import org.lkmm.program.Program;
import org.lkmm.program.ThreadPath;

/**
 * The path search leaves out a choice of paths only where it has no candidate: on every
 * choice of one path per thread of the project's own litmus tests and of every fourth corpus
 * test (those with at most 4096 choices), a choice ValueSources drops on the way down is one
 * where some read finds no write of its value (ReadsFrom.impossible).
 */
class ValueSourcesTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));
    private static final Path CORPUS = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));
    private static final long MAX_CHOICES = 4096;

    private long choices;
    private long dropped;

    @Test
    void aDroppedChoiceOfPathsHasNoReadsFrom() throws Exception {
        List<Path> files = new ArrayList<>(litmusFiles(LITMUS, 1));
        files.addAll(litmusFiles(CORPUS, 4));
        assumeTrue(!files.isEmpty(), "no litmus tests beside the checker (../litmus, ../../shared/litmus)");
        for (Path f : files) {
            Program p;
            try {
                p = new Lowering(KernelTable.standard()).lower(LitmusParser.parseFile(f));
            } catch (InputError | org.lkmm.parse.ParseException | RuntimeException refused) {
                continue; // a test herd7 refuses, or one beyond the budget: nothing to enumerate
            }
            long product = 1;
            for (List<ThreadPath> t : p.threads()) {
                product = Math.min(MAX_CHOICES + 1, product * t.size());
            }
            if (product == 0 || product > MAX_CHOICES) {
                continue;
            }
            ValueSources sources = ValueSources.of(p.threads(), p.initialWrites(), true);
            walk(f, p, sources, 0, new ArrayList<>(), false);
        }
        System.out.println("value sources: " + choices + " choices of paths, " + dropped + " dropped");
        assertTrue(dropped > 0, "no test had a choice to drop: the check is not exercised");
    }

    private void walk(Path f, Program p, ValueSources sources, int thread, List<ThreadPath> chosen, boolean drop) {
        if (thread == p.threads().size()) {
            choices++;
            if (drop) {
                dropped++;
                Skeleton s = new Skeleton(p.initialWrites(), List.copyOf(chosen));
                ReadsFrom rf = new ReadsFrom(s, WriteIndex.of(s, p.layout().size()).readable(), true,
                        new boolean[p.layout().size()]);
                assertTrue(rf.impossible(), () -> f + ": a choice of paths with a reads-from was dropped: "
                        + chosen.stream().map(t -> t.events().stream().map(Event::value).toList().toString()).toList());
            }
            return;
        }
        for (ThreadPath path : p.threads().get(thread)) {
            boolean pushed = !drop && sources != null && sources.push(path, thread);
            chosen.add(path);
            walk(f, p, sources, thread + 1, chosen, drop || sources != null && !pushed);
            chosen.remove(chosen.size() - 1);
            if (pushed) {
                sources.pop(path);
            }
        }
    }

    private static List<Path> litmusFiles(Path dir, int every) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < all.size(); i += every) {
                out.add(all.get(i));
            }
            return out;
        }
    }
}
