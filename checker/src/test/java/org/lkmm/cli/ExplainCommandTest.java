package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain and review on the command line: the derivation, lkmm's own SVG, the HTML page, --timeout. */
class ExplainCommandTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));
    private static final String SB = LITMUS.resolve("SB+fencembonceonces.litmus").toString();

    @Test
    void explainSpeaksTheModelsTermsAndDrawsItsOwnSvg(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("sb.svg");
        Cli r = Cli.run("explain", "--graph", svg.toString(), SB);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("In linux-kernel.cat's terms:") && r.out().contains("strong-fence/mb: "), r.out());
        assertTrue(Files.readString(svg).startsWith("<svg xmlns="), "drawn by lkmm, no Graphviz needed");
    }

    /** explain and review answer with the model asked for: v6.4's rmw-sequence forbids what 6.1 allows. */
    @Test
    void explainAndReviewSpeakTheGenerationAskedFor(@TempDir Path dir) throws Exception {
        String test = "../litmus/models/MP+release-sequence-rmw.litmus";
        Cli old = Cli.run("explain", "--model", "6.1", test);
        assertTrue(old.out().contains("can be observed (check: Sometimes 1 9)"), old.out());
        Cli newer = Cli.run("explain", "--model", "6.12", test);
        assertEquals(0, newer.exit(), newer.err());
        assertTrue(newer.out().contains("is forbidden") && newer.out().contains("rmw-sequence:"), newer.out());
        Cli review = Cli.run("review", "--model", "mainline", test);
        assertTrue(review.out().contains("Never"), review.out());
        Path edited = dir.resolve("edited");
        Files.createDirectories(edited);
        for (String f : new String[] {"linux-kernel.cfg", "linux-kernel.def", "linux-kernel.bell", "linux-kernel.cat",
                "lock.cat", "stdlib.cat", "cos.cat", "cos-opt.cat", "cross.cat"}) {
            Path from = org.lkmm.differential.Herd7.SHARED.resolve("reference/linux-memory-model").resolve(f);
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(from), from + " not found");
            Files.writeString(edited.resolve(f), Files.readString(from) + (f.equals("lock.cat") ? "\n" : ""));
        }
        Cli interpreted = Cli.run("explain", "-conf", edited.resolve("linux-kernel.cfg").toString(), test);
        assertEquals(2, interpreted.exit());
        assertTrue(interpreted.err().contains("is not one of the built-in models"), interpreted.err());
    }

    @Test
    void htmlPagesCarryThePictureTheWordsAndTheReviewTable(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("sb.html");
        assertEquals(0, Cli.run("explain", "--html", page.toString(), SB).exit());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<svg ") && html.contains("the cycle in words"), html);
        Path review = dir.resolve("review.html");
        assertEquals(0, Cli.run("review", "--html", review.toString(), SB).exit());
        String r = Files.readString(review);
        assertTrue(r.contains("<svg ") && r.contains("Review: which barriers are needed") && r.contains("NEEDED"), r);
    }

    @Test
    void aTimeoutIsReportedAsSuchNotAsAVerdict(@TempDir Path dir) throws Exception {
        // eight threads, each writing x and y once and reading both, every register observed: far
        // more than half a second of candidates, however fast the machine (a tiny test may finish
        // first), and few enough co orders of a location (8!) to stay within the budget
        StringBuilder b = new StringBuilder("C many-writes\n\n{}\n\n");
        StringBuilder observed = new StringBuilder();
        for (int p = 0; p < 8; p++) {
            b.append("P").append(p).append("(int *x, int *y)\n{\n\tint r0;\n\tint r1;\n\n")
                    .append("\tWRITE_ONCE(*x, ").append(p + 1).append(");\n\tr0 = READ_ONCE(*y);\n")
                    .append("\tWRITE_ONCE(*y, ").append(p + 1).append(");\n\tr1 = READ_ONCE(*x);\n}\n\n");
            observed.append(p == 0 ? "" : " /\\ ").append(p).append(":r0=0 /\\ ").append(p).append(":r1=0");
        }
        b.append("exists (").append(observed).append(")\n");
        Path heavy = Files.writeString(dir.resolve("many-writes.litmus"), b);
        Cli r = Cli.run("explain", "--timeout", "0.5", heavy.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(heavy + "\tTIMEOUT\n", r.out());
    }
}
