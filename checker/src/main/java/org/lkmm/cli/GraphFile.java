package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Writes a DOT graph to FILE.dot, or renders FILE.svg with Graphviz when it is installed. */
final class GraphFile {
    private GraphFile() {}

    static int write(Path graph, String dot, PrintWriter err) throws IOException, InterruptedException {
        if (!graph.toString().endsWith(".svg")) {
            Files.writeString(graph, dot);
            return ExitCodes.OK;
        }
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
