package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.KernelTable;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.ast.LitmusTest;
import org.lkmm.explain.Explainer;
import org.lkmm.explain.Explanation;
import org.lkmm.report.HtmlPage;
import org.lkmm.report.RepairFormat;
import org.lkmm.report.ReviewFormat;
import org.lkmm.review.Review;
import org.lkmm.review.Reviewer;
import org.lkmm.review.repair.Costs;
import org.lkmm.review.repair.Repair;
import org.lkmm.review.repair.Repairer;
import org.lkmm.review.repair.Strengthenings;
import org.lkmm.verdict.Checker;
import org.lkmm.verdict.ModelChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"For every ordering site (fences, release/acquire, ordered atomics, RCU, ONCE",
            "accesses), try its weaker forms and report NEEDED, WEAKENABLE (to what) or",
            "REDUNDANT, then a minimal set of ordering that keeps the verdict. Exit 1 when a",
            "test does not meet its Result: line.",
            "With --repair, the other way round: for a test whose Result: line (or --want)",
            "says Never but whose outcome is allowed or races, the cheapest strengthenings",
            "that forbid it, each shown as the lines it edits and checked again. Exit 1 when",
            "no fix is found."})
final class ReviewCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--repair", description = "Find the cheapest fixes that make the outcome Never (see above).")
    boolean repair;

    @Option(names = "--want", paramLabel = "VERDICT",
            description = "With --repair: the verdict to repair for instead of the Result: line's (only Never).")
    String want;

    @Option(names = "--costs", paramLabel = "FILE",
            description = "With --repair: costs per class of ordering (lines 'class cost': once, acquire, release, "
                    + "rmb, wmb, mb) over the default 1, 2, 2, 3, 3, 4.")
    Path costs;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write one HTML page: per test its verdict, the picture of its execution, the cycle in"
                    + " words and the review table (or the repairs).")
    Path html;

    @Mixin
    ModelOptions modelOptions = new ModelOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelChoice model;
        try {
            model = modelOptions.builtIn("review");
        } catch (InputError | ModelOptions.Refusal e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        KernelTable kernel = model.kernel();
        Checker checker = new Checker(model, org.lkmm.enumerate.Search.PRUNED);
        Reviewer reviewer = new Reviewer(checker, kernel);
        List<Path> files;
        Repairer repairer;
        try {
            files = Inputs.litmusFiles(inputs, err::println);
            repairer = repair ? repairer(checker, kernel) : null;
        } catch (IOException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        int exit = ExitCodes.OK;
        List<HtmlPage.Part> parts = new ArrayList<>();
        for (Path f : files) {
            try {
                Optional<Repair> fixes = Optional.empty();
                Optional<Review> review = Optional.empty();
                if (repair) {
                    Repair r = repairer.repair(f.toString(), Files.readString(f));
                    out.print(format == Format.json ? RepairFormat.json(r) + "\n" : RepairFormat.text(r) + "\n");
                    if (r.status() == Repair.Status.NO_FIX) {
                        exit = Math.max(exit, ExitCodes.EXPECTATION_FAILED);
                    }
                    fixes = Optional.of(r);
                } else {
                    Review r = reviewer.review(f.toString(), LitmusParser.parseFile(f));
                    out.print(format == Format.json ? ReviewFormat.json(r) + "\n" : ReviewFormat.text(r) + "\n");
                    if (!r.meetsExpectation()) {
                        exit = Math.max(exit, ExitCodes.EXPECTATION_FAILED);
                    }
                    review = Optional.of(r);
                }
                if (html != null) {
                    LitmusTest test = LitmusParser.parseFile(f);
                    Explanation x = new Explainer(model, Explainer.Options.DEFAULT).explain(f.toString(), test);
                    parts.add(new HtmlPage.Part(test.name() + " (" + f + ")", Optional.of(x), review, fixes));
                }
            } catch (ParseException | InputError | IOException e) {
                err.println(e.getMessage());
                exit = ExitCodes.BAD_INPUT;
            }
            out.flush();
        }
        if (html != null) {
            exit = Math.max(exit, OutputFile.write(html, HtmlPage.of("lkmm review" + (repair ? " --repair" : ""), parts),
                    "page", err));
        }
        return exit;
    }

    private Repairer repairer(Checker checker, KernelTable kernel) throws IOException {
        if (want != null && !want.equals("Never")) {
            throw new IllegalArgumentException("--want " + want + ": only Never can be repaired for");
        }
        Costs table = costs == null ? Costs.standard() : Costs.standard().overriddenBy(costs);
        Repairer.Options o = Repairer.Options.defaults().withWant(Optional.ofNullable(want)).withCosts(table);
        return new Repairer(checker, kernel, Strengthenings.standard(), o);
    }
}
