package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.lkmm.report.HerdFormat;
import org.lkmm.report.JsonFormat;
import org.lkmm.report.TsvFormat;
import org.lkmm.verdict.TestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check litmus tests (files, or directories searched for *.litmus) against the LKMM.")
final class CheckCommand implements Callable<Integer> {
    enum Format { herd, tsv, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Litmus files or directories.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "herd", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--expect", description = "Compare each verdict with the test's 'Result:' line; exit 1 on a mismatch.")
    boolean expect;

    @Option(names = {"-j", "--jobs"}, description = "Tests checked in parallel (default: all cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Give up on a test after this long and report TIMEOUT (default: none).")
    double timeout;

    @Option(names = "--no-time", description = "Leave out herd's Time line (for output that must not vary).")
    boolean noTime;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".litmus")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(p + ": error: cannot read directory: " + e.getMessage());
                    return ExitCodes.BAD_INPUT;
                }
            } else {
                files.add(p);
            }
        }
        Progress progress = new Progress(err, files.size());
        if (format == Format.tsv) {
            out.println(TsvFormat.HEADER);
        }
        int exit = ExitCodes.OK;
        int failed = 0;
        int errors = 0;
        int timeouts = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            AtomicLongArray started = new AtomicLongArray(files.size());
            TestRunner runner = new TestRunner();
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    started.set(index, System.nanoTime());
                    return runner.run(f);
                }));
            }
            for (int i = 0; i < files.size(); i++) {
                Outcome o = await(futures.get(i), started, i, files.get(i).toString());
                progress.step(files.get(i).toString());
                if (o.timedOut()) {
                    timeouts++;
                    out.println(o.error().get());
                } else if (o.error().isPresent()) {
                    errors++;
                    err.println(o.error().get());
                    exit = Math.max(exit, o.exitCode());
                } else {
                    TestResult r = o.result().get();
                    out.print(render(r));
                    if (expect) {
                        Optional<String> miss = Expectation.mismatch(r, o.expected());
                        if (miss.isPresent()) {
                            failed++;
                            err.println(r.file() + ": " + miss.get());
                            exit = Math.max(exit, ExitCodes.EXPECTATION_FAILED);
                        }
                    }
                }
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        progress.done();
        if (files.size() > 1) {
            err.printf("%d tests: %d checked, %d bad input, %d timed out%s%n", files.size(),
                    files.size() - errors - timeouts, errors, timeouts,
                    expect ? ", " + failed + " not as expected" : "");
        }
        return exit;
    }

    /** Waits for a test; with --timeout, the clock starts when the test starts, not when we wait. */
    private Outcome await(Future<Outcome> f, AtomicLongArray started, int index, String file) {
        try {
            if (timeout <= 0) {
                return f.get();
            }
            while (true) {
                long start = started.get(index);
                if (start == 0) {
                    try {
                        return f.get(20, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException notStartedYet) {
                        continue;
                    }
                }
                long left = start + (long) (timeout * 1e9) - System.nanoTime();
                return f.get(Math.max(1, left), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Outcome(file, Optional.empty(), Optional.of(file + "\tTIMEOUT"), ExitCodes.OK, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.error(file, file + ": internal error: interrupted", ExitCodes.INTERNAL);
        } catch (java.util.concurrent.ExecutionException e) {
            return Outcome.error(file, file + ": internal error: " + e.getCause(), ExitCodes.INTERNAL);
        }
    }

    private String render(TestResult r) {
        return switch (format) {
            case herd -> HerdFormat.of(r, !noTime);
            case tsv -> TsvFormat.of(r) + System.lineSeparator();
            case json -> JsonFormat.of(r) + System.lineSeparator();
        };
    }
}
