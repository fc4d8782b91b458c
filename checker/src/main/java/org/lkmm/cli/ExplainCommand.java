package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lkmm.diag.InputError;
import org.lkmm.explain.Explainer;
import org.lkmm.explain.Explanation;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;
import org.lkmm.parse.ParseException;
import org.lkmm.report.Dot;
import org.lkmm.report.ExplainFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain a test's outcome: for a forbidden one, which LKMM axiom rules out the executions",
            "that would produce it, with the cycle as a chain of events; for an allowed one, a witness execution."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--graph", paramLabel = "FILE.dot|FILE.svg",
            description = "Also write the execution (witness or forbidden cycle) as Graphviz DOT; .svg runs dot.")
    Path graph;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Explanation x;
        try {
            x = new Explainer(KernelTable.standard(), new Lkmm()).explain(LitmusParser.parseFile(file));
        } catch (ParseException | InputError e) {
            err.println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.print(ExplainFormat.text(x));
        out.flush();
        if (graph != null && (x.witness().isPresent() || x.example().isPresent())) {
            return GraphFile.write(graph, Dot.of(x), err);
        }
        return ExitCodes.OK;
    }
}
