package org.lkmm.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
import org.lkmm.report.ExecutionPicture;
import org.lkmm.report.ExplainFormat;
import org.lkmm.report.HtmlPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a test's outcome: for a forbidden one, which LKMM axiom rules out",
            "the executions that would produce it, with its cycle derived in the terms of",
            "linux-kernel.cat (ppo, cumul-fence, prop, hb, pb, rcu-fence ...); for an allowed",
            "one, a witness execution; and what each flag is about. It takes check's",
            "shortcuts and its witness: it needs about the time check needs."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--graph", paramLabel = "FILE.dot|FILE.svg",
            description = "Also write the execution (witness or forbidden cycle): .svg drawn by lkmm, .dot for Graphviz.")
    Path graph;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write one HTML page: the verdict, the picture, the cycle in words.")
    Path html;

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = Seconds.class, defaultValue = "0",
            description = "Give up after this long and print FILE<tab>TIMEOUT (default: no limit).")
    double timeout;

    @Option(names = "--exhaustive", description = "Build and judge every candidate on its own, as herd7 does (slower).")
    boolean exhaustive;

    @Mixin
    ModelOptions modelOptions = new ModelOptions();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Explainer explainer;
        try {
            explainer = new Explainer(modelOptions.builtIn("explain"),
                    new Explainer.Options(exhaustive ? Search.EXHAUSTIVE : Search.PRUNED, Explainer.Options.DEFAULT.countSeconds()));
        } catch (InputError | ModelOptions.Refusal e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> refusal = graph == null ? Optional.empty() : GraphFile.refusal(graph);
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return ExitCodes.BAD_INPUT;
        }
        Optional<Explanation> x;
        try {
            x = Bounded.run(() -> explainer.explain(file.toString(), LitmusParser.parseFile(file)), timeout);
        } catch (ParseException | InputError e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (x.isEmpty()) {
            out.println(file + "\tTIMEOUT");
            out.flush();
            if (graph != null || html != null) {
                err.println(file + ": note: timed out, so no " + (graph != null ? "graph" : "page") + " written");
            }
            return ExitCodes.OK;
        }
        out.print(ExplainFormat.text(x.get()));
        out.flush();
        int exit = ExitCodes.OK;
        if (html != null) {
            exit = Math.max(exit, OutputFile.write(html, HtmlPage.of("lkmm explain " + file.getFileName(),
                    List.of(new HtmlPage.Part(x.get().test(), x, Optional.empty(), Optional.empty()))), "page", err));
        }
        if (graph != null) {
            if (x.get().witness().isEmpty() && x.get().example().isEmpty()) {
                err.println(file + ": note: no execution produces the outcome, so no graph written");
            } else {
                String text = graph.toString().endsWith(".svg") ? ExecutionPicture.svg(x.get()) : Dot.of(x.get());
                exit = Math.max(exit, OutputFile.write(graph, text, "graph", err));
            }
        }
        return exit;
    }
}
