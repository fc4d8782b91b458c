package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Search;
import org.lkmm.explain.Explainer;
import org.lkmm.explain.Explanation;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.report.Dot;
import org.lkmm.report.HerdFormat;
import org.lkmm.report.JsonFormat;
import org.lkmm.report.TsvFormat;
import org.lkmm.verdict.ModelChoice;
import org.lkmm.verdict.TestResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check litmus tests (files, or folders searched for *.litmus) against the LKMM.")
final class CheckCommand implements Callable<Integer>, Session.User {
    enum Format { herd, tsv, json }

    @Spec
    CommandSpec spec;

    private Session session = Session.ownProcess();

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Litmus files or directories.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "herd", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--expect", description = "Compare each verdict with the test's 'Result:' line; exit 1 on a mismatch.")
    boolean expect;

    @Option(names = {"-j", "--jobs"}, description = "Tests checked in parallel (default: all cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class, description = "Give up on a test after this long and report TIMEOUT (default: none).")
    double timeout;

    @Option(names = "--exhaustive", description = "Build and judge every candidate execution alone, without the"
            + " enumerator's shortcuts (same results, slower; to cross-check them).")
    boolean exhaustive;

    @Option(names = "--graph", paramLabel = "FILE.dot|FILE.svg",
            description = "With one test: write a witness of its outcome, or the cycle forbidding it, as Graphviz DOT.")
    Path graph;

    @Option(names = "--interpreted", description = "Run the model's files through the cat interpreter even when"
            + " they are a built-in generation's (to compare the interpreter with the built-in model).")
    boolean interpreted;

    @Mixin
    ModelOptions modelOptions = new ModelOptions();

    @Option(names = "--no-time", description = "Leave out herd's Time line (for output that must not vary).")
    boolean noTime;

    @Override
    public void use(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1) {
            err.println("lkmm check: -j takes a number of parallel tests, 1 or more (not " + jobs + ")");
            return ExitCodes.BAD_INPUT;
        }
        List<Path> files;
        try {
            files = Inputs.litmusFiles(inputs, err::println);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (graph != null) {
            Optional<String> refusal = files.size() != 1 ? Optional.of("lkmm: error: --graph needs exactly one test (got "
                    + files.size() + ")") : GraphFile.refusal(graph);
            if (refusal.isPresent()) {
                err.println(refusal.get());
                return ExitCodes.BAD_INPUT;
            }
        }
        ModelChoice model;
        try {
            model = modelOptions.select("check", interpreted, session.models());
            if (!modelOptions.given() && Models.inFolder().isPresent()) {
                // herd's text has no room for it: say on stderr which model the folder gave
                err.println("lkmm: the model of ./linux-kernel.cfg answers: " + model.name());
            }
        } catch (InputError | ModelOptions.Refusal e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Progress progress = new Progress(err, files.size(), session);
        if (format == Format.tsv) {
            out.println(TsvFormat.HEADER);
        }
        Tally tally = new Tally();
        new Batch(jobs, timeout, exhaustive ? Search.EXHAUSTIVE : Search.PRUNED, model).run(files, (file, o) -> {
            progress.clear();
            if (o.timedOut()) {
                tally.timeouts++;
                out.println(switch (format) {
                    case herd -> o.error().get();
                    case tsv -> TsvFormat.timeout(file.toString());
                    case json -> JsonFormat.timeout(file.toString());
                });
            } else if (o.error().isPresent()) {
                tally.errors++;
                err.println(o.error().get());
                tally.exit(o.exitCode());
            } else {
                TestResult r = o.result().get();
                r.warnings().forEach(err::println);
                if (format == Format.herd) {
                    HerdFormat.write(r, !noTime, out); // line by line: some tests have 10^5 states
                } else {
                    out.print(render(r));
                }
                if (expect) {
                    compare(r, o.expected(), tally, err);
                }
            }
            out.flush();
            err.flush();
            progress.step(file.toString());
        });
        progress.done();
        if (graph != null) {
            tally.exit(writeGraph(files, err));
        }
        if (files.size() > 1) {
            err.printf("%d tests: %d checked, %d bad input, %d timed out%s%n", files.size(),
                    files.size() - tally.errors - tally.timeouts, tally.errors, tally.timeouts,
                    expect ? ", " + tally.notAsExpected + " not as expected" : "");
        }
        return tally.exitCode;
    }

    /** What a run of many tests came to; the exit code is the worst one seen. */
    private static final class Tally {
        int exitCode = ExitCodes.OK;
        int notAsExpected;
        int errors;
        int timeouts;

        void exit(int code) {
            exitCode = Math.max(exitCode, code);
        }
    }

    private static void compare(TestResult r, Optional<String> expected, Tally tally, PrintWriter err) {
        if (expected.isEmpty()) {
            err.println(r.file() + ": note: no Result: line to compare with");
            return;
        }
        Optional<String> miss = Expectation.mismatch(r, expected);
        if (miss.isPresent()) {
            tally.notAsExpected++;
            err.println(r.file() + ": " + miss.get());
            tally.exit(ExitCodes.EXPECTATION_FAILED);
        }
    }

    private int writeGraph(List<Path> files, PrintWriter err) {
        try {
            Explanation x = new Explainer(modelOptions.builtIn("check --graph"), Explainer.Options.DEFAULT)
                    .explain(LitmusParser.parseFile(files.get(0)));
            if (x.witness().isEmpty() && x.example().isEmpty()) {
                err.println(files.get(0) + ": no execution produces the outcome; no graph written");
                return ExitCodes.OK;
            }
            return GraphFile.write(graph, Dot.of(x), err);
        } catch (ParseException | InputError | ModelOptions.Refusal e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.INTERNAL;
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
