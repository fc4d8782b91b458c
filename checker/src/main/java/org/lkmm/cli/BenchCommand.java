package org.lkmm.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lkmm.bench.Families;
import org.lkmm.bench.GrowthChart;
import org.lkmm.enumerate.Search;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.verdict.ModelChoice;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.TestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the checker on litmus tests and compare with herd7's times (herd_seconds",
            "of expected.tsv).",
            "With --families, time generated families of growing tests and draw their growth",
            "curves."})
final class BenchCommand implements Callable<Integer>, Session.User {
    @Spec
    CommandSpec spec;

    private Session session = Session.ownProcess();

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Litmus files or directories.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--csv", description = "One CSV line per test instead of the table.")
    boolean csv;

    @Option(names = {"-j", "--jobs"}, description = "Tests run in parallel (default: 2, as the herd proxy assumes).")
    int jobs = 2;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class, description = "Per-test limit (default: ${DEFAULT-VALUE}).")
    double timeout = 10;

    @Option(names = "--exhaustive", description = "Build and judge every candidate execution alone, without the"
            + " enumerator's shortcuts (same results, slower; to cross-check them).")
    boolean exhaustive;

    @Mixin
    ModelOptions modelOptions = new ModelOptions();

    @Option(names = "--interpreted", description = "Interpret the model's files even when they are a built-in"
            + " generation's.")
    boolean interpreted;


    @Option(names = "--families", description = "Also time the growth families (lock, iriw, rcu).")
    boolean families;

    @Option(names = "--chart", paramLabel = "FILE.svg", description = "Where to write the growth chart (with --families).")
    Path chart;

    @Override
    public void use(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (jobs < 1) {
            spec.commandLine().getErr().println("lkmm bench: -j takes a number of parallel tests, 1 or more (not " + jobs + ")");
            return ExitCodes.BAD_INPUT;
        }
        if (inputs.isEmpty() && !families) {
            spec.commandLine().getErr().println("lkmm bench: nothing to time: give litmus files or folders (the corpus:"
                    + " ../shared/litmus), or --families");
            return ExitCodes.BAD_INPUT;
        }
        PeakMemory.reset();
        if (!inputs.isEmpty()) {
            int exit = corpus(out);
            if (exit != ExitCodes.OK) {
                return exit;
            }
        }
        if (families) {
            families(out);
        }
        out.printf(Locale.ROOT, "peak heap: %d MiB%n", PeakMemory.mebibytes());
        return ExitCodes.OK;
    }

    private int corpus(PrintWriter out) throws IOException {
        ModelChoice model;
        List<Path> files;
        try {
            // bench times the built-in default whatever folder it runs in, unless told
            model = modelOptions.given() ? modelOptions.select("bench", interpreted, session.models()) : ModelChoice.builtIn();
            files = Inputs.litmusFiles(inputs, spec.commandLine().getErr()::println);
        } catch (org.lkmm.diag.InputError | ModelOptions.Refusal | IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (!csv) {
            out.println("model: " + model.name());
        }
        Optional<HerdTimes> herd = HerdTimes.find(inputs);
        out.println(csv ? "file,seconds,executions,allowed,alloc_mib,verdict,herd_seconds"
                : String.format("%-70s %9s %11s %9s %9s %-9s %9s", "file", "seconds", "executions", "allowed", "alloc_MiB",
                        "verdict", "herd_s"));
        double[] sums = new double[3]; // our seconds and herd's on tests herd finished; herd's limits on the rest
        List<String> hard = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        long wallStart = System.nanoTime();
        new Batch(jobs, timeout, exhaustive ? Search.EXHAUSTIVE : Search.PRUNED, model)
                .countingAllocation().run(files, (file, o) -> {
            String key = herd.map(h -> h.key(file)).orElse(file.toString());
            Double herdSeconds = herd.map(h -> h.seconds().get(key)).orElse(null);
            String verdict = o.result().map(TestResult::verdict).orElse(o.timedOut() ? "TIMEOUT" : "ERROR");
            double seconds = o.seconds();
            BigInteger explored = o.result().map(TestResult::explored).orElse(BigInteger.ONE.negate());
            BigInteger allowed = o.result().map(r -> r.positive().add(r.negative())).orElse(BigInteger.ONE.negate());
            long mib = o.allocated() < 0 ? -1 : o.allocated() >> 20;
            if (csv) {
                out.printf(Locale.ROOT, "%s,%.4f,%d,%d,%d,%s,%s%n", key, seconds, explored, allowed, mib, verdict,
                        herdSeconds == null ? "" : herdSeconds.toString());
            } else {
                out.printf(Locale.ROOT, "%-70s %9.4f %11d %9d %9d %-9s %9s%n", key, seconds, explored, allowed, mib, verdict,
                        herdSeconds == null ? "-" : herdSeconds.toString());
            }
            if (herdSeconds != null) {
                sums[0] += seconds;
                sums[1] += herdSeconds;
                if (herdSeconds >= 1) {
                    hard.add(String.format(Locale.ROOT, "%s: herd7 %.2f s, lkmm %.3f s, %.0fx", key, herdSeconds, seconds,
                            herdSeconds / Math.max(seconds, 1e-4)));
                }
            }
            if (herd.isPresent() && herd.get().limits().containsKey(key)) {
                sums[2] += herd.get().limits().get(key);
            }
            if (herd.isPresent() && "TIMEOUT".equals(herd.get().unresolved().get(key))) {
                unresolved.add(String.format(Locale.ROOT, "%s: lkmm %s in %.2f s", key, verdict, seconds));
            }
        });
        double wall = (System.nanoTime() - wallStart) / 1e9;
        out.printf(Locale.ROOT, "%nwall time, %d tests, -j %d: %.1f s%n", files.size(), jobs, wall);
        if (herd.isPresent()) {
            double herdAll = (sums[1] + sums[2]) / 2;
            out.printf(Locale.ROOT, "herd7, 2 at a time (sum of herd_seconds / 2 plus its time limit on the tests it never"
                    + " finished, a lower bound): %.1f s; ratio to lkmm's wall time: %.1fx%n", herdAll, herdAll / wall);
            out.printf(Locale.ROOT, "on the tests herd7 finished: herd7 %.1f s (sum / 2), lkmm %.1f s (sum of test times / 2): %.1fx%n",
                    sums[1] / 2, sums[0] / 2, sums[1] / Math.max(sums[0], 1e-9));
            out.println("tests herd7 needed >= 1 s for:");
            hard.forEach(h -> out.println("  " + h));
            out.println("tests herd7 did not finish (unresolved.tsv TIMEOUT):");
            unresolved.forEach(u -> out.println("  " + u));
        }
        return ExitCodes.OK;
    }

    private void families(PrintWriter out) throws IOException {
        Checker checker = new Checker(KernelTable.standard(), new Lkmm(), exhaustive ? Search.EXHAUSTIVE : Search.PRUNED);
        Map<String, List<GrowthChart.Point>> curves = new LinkedHashMap<>();
        out.printf("%-8s %4s %10s %11s %9s %-9s%n", "family", "size", "seconds", "executions", "allowed", "verdict");
        for (Families.Member m : Families.all()) {
            try {
                TestResult r = checker.check(m.name(), LitmusParser.parse(m.name(), m.text()));
                out.printf(Locale.ROOT, "%-8s %4d %10.4f %11d %9d %-9s%n", m.family(), m.size(), r.seconds(), r.explored(),
                        r.positive().add(r.negative()), r.verdict());
                curves.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(new GrowthChart.Point(m.size(), r.seconds()));
            } catch (Exception e) {
                out.println(m.name() + ": " + e.getMessage());
            }
        }
        if (chart != null) {
            Files.writeString(chart, GrowthChart.svg(curves));
            out.println("growth chart written to " + chart);
        }
    }

    /** Peak heap use as the JVM's memory pools recorded it. */
    static final class PeakMemory {
        private PeakMemory() {}

        static void reset() {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        static long mebibytes() {
            long bytes = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    bytes += pool.getPeakUsage().getUsed();
                }
            }
            return bytes >> 20;
        }
    }
}
