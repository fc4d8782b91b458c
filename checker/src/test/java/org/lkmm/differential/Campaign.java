package org.lkmm.differential;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A differential campaign by hand: generated tests judged by herd7 and lkmm, whole outputs compared.
 * <pre>
 *   java -cp ... org.lkmm.differential.Campaign [--random N] [--seed S] [--control] [-j J] [--out DIR]
 *        [--model 6.12|master] [--interpreted]
 * </pre>
 * --model: herd7 runs from that model's folder in ../shared/reference, and lkmm answers with its
 * files (the built-in generation, or the interpreter with --interpreted).
 * Progress goes to stderr; every disagreement is written to DIR as NAME.{litmus,herd,lkmm}.
 */
public final class Campaign {
    private Campaign() {}

    record Job(String name, String text) {}

    public static void main(String[] args) throws Exception {
        int random = 0;
        long seed = 1;
        boolean control = false;
        int jobs = Runtime.getRuntime().availableProcessors();
        Path out = Path.of("campaign-out");
        String model = "";
        boolean interpreted = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--random" -> random = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--control" -> control = true;
                case "-j" -> jobs = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--model" -> model = "-" + args[++i];
                case "--interpreted" -> interpreted = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Job> all = new ArrayList<>();
        if (control) {
            ControlFamily.members().forEach(m -> all.add(new Job(m.name(), m.text())));
        }
        for (int i = 0; i < random; i++) {
            String name = "rnd-" + (seed + i);
            all.add(new Job(name, RandomLitmus.generate(name, seed + i)));
        }
        Path folder = Herd7.SHARED.resolve("reference/linux-memory-model" + model);
        Herd7 herd = new Herd7(Herd7.standard().binary(), folder);
        Path cfg = folder.resolve("linux-kernel.cfg");
        org.lkmm.verdict.ModelChoice choice = org.lkmm.verdict.ModelChoice.of(
                org.lkmm.cat.ModelSource.fromCfg(cfg, List.of()), cfg.toString(), interpreted);
        System.err.println("lkmm answers with " + choice.name());
        Differential d = new Differential(herd, new org.lkmm.verdict.Checker(choice,
                org.lkmm.enumerate.Search.PRUNED), Files.createTempDirectory("campaign-"), 20);
        Map<Differential.Agreement, Integer> tally = run(all, jobs, out, System.err, d);
        System.out.println(all.size() + " tests: " + tally);
    }

    static Map<Differential.Agreement, Integer> run(List<Job> all, int jobs, Path out, PrintStream progress)
            throws IOException, InterruptedException {
        return run(all, jobs, out, progress, new Differential(Herd7.standard(), Files.createTempDirectory("campaign-"), 20));
    }

    static Map<Differential.Agreement, Integer> run(List<Job> all, int jobs, Path out, PrintStream progress,
                                                     Differential d) throws IOException, InterruptedException {
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        Map<Differential.Agreement, Integer> tally = new EnumMap<>(Differential.Agreement.class);
        boolean terminal = System.console() != null;
        try {
            List<Future<Differential.Outcome>> futures = new ArrayList<>();
            for (Job j : all) {
                futures.add(pool.submit(() -> d.judge(j.name(), j.text())));
            }
            for (int i = 0; i < futures.size(); i++) {
                Differential.Outcome o;
                try {
                    o = futures.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(all.get(i).name(), e.getCause());
                }
                tally.merge(o.agreement(), 1, Integer::sum);
                if (o.agreement() == Differential.Agreement.BOTH_REJECT) {
                    Files.writeString(out.resolve("both-reject.txt"), o.name() + "\therd7: " + o.herd().strip()
                            + "\tlkmm: " + o.lkmm().strip() + "\n", java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } else if (o.agreement() != Differential.Agreement.EXACT) {
                    Files.writeString(out.resolve(o.name() + ".litmus"), all.get(i).text());
                    Files.writeString(out.resolve(o.name() + ".herd"), o.herd());
                    Files.writeString(out.resolve(o.name() + ".lkmm"), o.lkmm());
                    Files.writeString(out.resolve(o.name() + ".agreement"), o.agreement() + "\n");
                }
                if (terminal) {
                    progress.printf("\r%d/%d %s", i + 1, all.size(), tally);
                } else if ((i + 1) % Math.max(1, all.size() / 10) == 0) {
                    progress.printf("%d/%d %s%n", i + 1, all.size(), tally);
                }
            }
            if (terminal) {
                progress.println();
            }
        } finally {
            pool.shutdownNow();
        }
        return tally;
    }
}
