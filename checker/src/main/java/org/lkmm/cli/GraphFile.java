package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Writes a DOT graph to FILE.dot (or .gv), or renders FILE.svg with Graphviz when it is installed. */
final class GraphFile {
    private GraphFile() {}

    /** Why --graph cannot write this file, checked before any test runs; empty when it can. */
    static java.util.Optional<String> refusal(Path graph) {
        String name = graph.getFileName() == null ? "" : graph.getFileName().toString();
        if (name.endsWith(".dot") || name.endsWith(".gv") || name.endsWith(".svg")) {
            return java.util.Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        return java.util.Optional.of(graph + ": error: --graph writes FILE.dot (or FILE.gv) or FILE.svg"
                + (dot > 0 ? ", not " + name.substring(dot) : ""));
    }

    /** Writes the file; a file that cannot be written is an error (exit 2), said on err. */
    static int write(Path graph, String dot, PrintWriter err) throws InterruptedException {
        if (!graph.toString().endsWith(".svg")) {
            return OutputFile.write(graph, dot, "graph", err);
        }
        try {
            return render(graph, dot, err);
        } catch (IOException e) {
            return OutputFile.failed(graph, "graph", e, err);
        }
    }

    /** FILE.svg drawn by Graphviz from the DOT text. */
    private static int render(Path graph, String dot, PrintWriter err) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(List.of("dot", "-Tsvg", "-o", graph.toString())).redirectErrorStream(true).start();
        } catch (IOException e) {
            err.println(graph + ": error: Graphviz 'dot' is not installed; use --graph FILE.dot");
            return ExitCodes.BAD_INPUT;
        }
        p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            err.println(graph + ": error: dot failed: " + new String(p.getInputStream().readAllBytes()).strip());
            return ExitCodes.INTERNAL;
        }
        return ExitCodes.OK;
    }
}
