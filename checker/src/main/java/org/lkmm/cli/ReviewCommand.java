package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.report.ReviewFormat;
import org.lkmm.review.Review;
import org.lkmm.review.Reviewer;
import org.lkmm.verdict.Checker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"For every ordering site (fences, release/acquire, ordered atomics, RCU, ONCE accesses),",
            "try its weaker forms and report NEEDED, WEAKENABLE (to what) or REDUNDANT, then a minimal set",
            "of ordering that keeps the verdict. Exit 1 when a test does not meet its Result: line."})
final class ReviewCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KernelTable kernel = KernelTable.standard();
        Reviewer reviewer = new Reviewer(new Checker(kernel, new Lkmm()), kernel);
        int exit = ExitCodes.OK;
        List<Path> files;
        try {
            files = Inputs.litmusFiles(inputs);
        } catch (IOException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (Path f : files) {
            try {
                Review r = reviewer.review(f.toString(), LitmusParser.parseFile(f));
                out.print(format == Format.json ? ReviewFormat.json(r) + "\n" : ReviewFormat.text(r) + "\n");
                if (!r.meetsExpectation()) {
                    exit = Math.max(exit, ExitCodes.EXPECTATION_FAILED);
                }
            } catch (ParseException e) {
                err.println(e.getMessage());
                exit = ExitCodes.BAD_INPUT;
            } catch (InputError e) {
                err.println(e.getMessage());
                exit = ExitCodes.BAD_INPUT;
            }
            out.flush();
        }
        return exit;
    }
}
