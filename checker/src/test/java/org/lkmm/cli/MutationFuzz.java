package org.lkmm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lkmm.differential.Herd7;

/**
 * A seeded mutation fuzzer over the corpus: each mutant of a small corpus test (Mutants) goes
 * through lkmm's command line in-process and, when it is there, through herd7. lkmm must never
 * fail inside (exit 3 other than a budget, a stack trace, a hang), must answer exactly where herd7
 * answers, with herd7's whole output (Time aside), and must reject what herd7 rejects.
 * MutationFuzzTest runs a bounded number in mvn verify; main runs many:
 * <pre>
 *   java -cp ... org.lkmm.cli.MutationFuzz [--mutants N] [--seed S] [-j J] [--out DIR]
 * </pre>
 */
final class MutationFuzz {
    /**
     * NAME_NOT_UTF8: herd7 prints a test name's bytes as they are; lkmm prints UTF-8 and so
     * refuses, by design and with a clear error, a name (or code) that is not UTF-8 text.
     */
    enum Kind { SAME_ANSWER, BOTH_REJECT, HERD_TIMEOUT, HERD_ABSENT, BUDGET, NAME_NOT_UTF8,
        INTERNAL_ERROR, STACK_TRACE, HANG, BAD_EXIT_OR_OUTPUT, ONLY_LKMM_REJECTS, ONLY_HERD_REJECTS, OTHER_ANSWER }

    /** The kinds that are lkmm's bugs. */
    static boolean isBug(Kind k) {
        return k.ordinal() >= Kind.INTERNAL_ERROR.ordinal();
    }

    record Outcome(long seed, String source, Mutants.Mutant mutant, Kind kind, String herd, Cli lkmm) {
        String operator() {
            return mutant.operator();
        }
    }

    private static final Path CORPUS = Herd7.SHARED.resolve("litmus");
    static final int LKMM_SECONDS = 60;
    static final int HERD_SECONDS = 10;

    private final Herd7 herd;
    private final Path work;
    private final List<Path> sources;

    MutationFuzz(Herd7 herd, Path work) throws IOException {
        this.herd = herd;
        this.work = work;
        this.sources = smallCorpusTests();
    }

    /** The corpus tests herd7 answers in under 0.2 s: mutants of them stay quick for both. */
    static List<Path> smallCorpusTests() throws IOException {
        List<Path> out = new ArrayList<>();
        Path expected = CORPUS.resolve("expected.tsv");
        if (!Files.isRegularFile(expected)) {
            return out;
        }
        for (String line : Files.readAllLines(expected).subList(1, Files.readAllLines(expected).size())) {
            String[] f = line.split("\t");
            if (f.length >= 7 && Double.parseDouble(f[6]) < 0.2) {
                out.add(CORPUS.resolve(f[0]));
            }
        }
        return out;
    }

    boolean hasSources() {
        return !sources.isEmpty();
    }

    Outcome run(long seed) throws Exception {
        Random rnd = new Random(seed);
        Path source = sources.get(rnd.nextInt(sources.size()));
        Mutants.Mutant m = Mutants.of(Files.readAllBytes(source), rnd);
        Path file = work.resolve("mutant-" + seed + ".litmus");
        Files.write(file, m.bytes());
        try {
            Cli lkmm = lkmm(file);
            String herdOut = herd.present() ? herd.run(file, HERD_SECONDS) : "";
            return new Outcome(seed, CORPUS.relativize(source).toString(), m, judge(lkmm, herdOut), herdOut, lkmm);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Kind judge(Cli lkmm, String herdOut) {
        if (lkmm == null) {
            return Kind.HANG;
        }
        if (lkmm.err().contains("\tat ") || lkmm.err().contains("Exception in thread")) {
            return Kind.STACK_TRACE;
        }
        if (lkmm.exit() == ExitCodes.INTERNAL) {
            return lkmm.err().contains("beyond the checker's budget") ? Kind.BUDGET : Kind.INTERNAL_ERROR;
        }
        boolean lkmmAnswers = lkmm.exit() == 0 && lkmm.out().contains("\nObservation ");
        boolean lkmmRejects = lkmm.exit() == ExitCodes.BAD_INPUT && lkmm.out().isEmpty()
                && lkmm.err().lines().anyMatch(l -> l.contains(": error: "));
        if (!lkmmAnswers && !lkmmRejects) {
            return Kind.BAD_EXIT_OR_OUTPUT;
        }
        if (!herd.present()) {
            return Kind.HERD_ABSENT;
        }
        if (herdOut == null) {
            return Kind.HERD_TIMEOUT;
        }
        boolean herdAnswers = herdOut.contains("\nObservation ");
        if (herdAnswers && lkmmAnswers) {
            return Herd7.withoutTime(herdOut).equals(Herd7.withoutTime(lkmm.out())) ? Kind.SAME_ANSWER : Kind.OTHER_ANSWER;
        }
        if (!herdAnswers && !lkmmAnswers) {
            return Kind.BOTH_REJECT;
        }
        if (herdAnswers && lkmm.err().contains("is not UTF-8 text")) {
            return Kind.NAME_NOT_UTF8;
        }
        return herdAnswers ? Kind.ONLY_LKMM_REJECTS : Kind.ONLY_HERD_REJECTS;
    }

    /** lkmm check on the file, in-process on a deep-stack thread as Main runs it; null if it hangs. */
    private static Cli lkmm(Path file) throws InterruptedException {
        Cli[] result = new Cli[1];
        Thread t = new Thread(null, () -> {
            try {
                // the model herd7 runs with (Herd7.standard(): Linux 6.1's folder), not lkmm's default
                result[0] = Cli.run("check", "--model", "6.1", "--no-time", file.toString());
            } catch (Throwable e) {
                result[0] = new Cli(ExitCodes.INTERNAL, "", "Exception in thread: " + e);
            }
        }, "fuzz", Batch.WORKER_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join(TimeUnit.SECONDS.toMillis(LKMM_SECONDS));
        if (t.isAlive()) {
            t.interrupt();
            return null;
        }
        return result[0];
    }

    public static void main(String[] args) throws Exception {
        int mutants = 1000;
        long seed = 1;
        int jobs = 2;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mutants" -> mutants = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "-j" -> jobs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("mutants-");
        MutationFuzz fuzz = new MutationFuzz(Herd7.standard(), work);
        if (!fuzz.hasSources()) {
            System.err.println("no corpus at " + CORPUS.toAbsolutePath());
            System.exit(2);
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (long s = seed; s < seed + mutants; s++) {
            long one = s;
            futures.add(pool.submit(() -> fuzz.run(one)));
        }
        Map<Kind, Integer> counts = new TreeMap<>();
        int done = 0;
        for (Future<Outcome> f : futures) {
            Outcome o = f.get();
            counts.merge(o.kind(), 1, Integer::sum);
            if (isBug(o.kind())) {
                System.out.println(o.kind() + "\tseed " + o.seed() + "\t" + o.operator() + "\t" + o.source());
                if (out != null) {
                    Files.write(out.resolve("mutant-" + o.seed() + ".litmus"), o.mutant().bytes());
                    Files.writeString(out.resolve("mutant-" + o.seed() + ".report"), "herd7:\n" + o.herd() + "\nlkmm exit "
                            + (o.lkmm() == null ? "(hang)" : o.lkmm().exit() + "\n" + o.lkmm().out() + "\n" + o.lkmm().err()),
                            StandardCharsets.UTF_8);
                }
            }
            if (++done % 100 == 0) {
                System.err.println(done + "/" + mutants + " " + counts);
            }
        }
        pool.shutdownNow();
        System.out.println(mutants + " mutants: " + counts);
    }
}
