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
        // six threads, each writing x three times and reading it three times: far more than
        // half a second of candidates, however fast the machine (a tiny test may finish first)
        StringBuilder b = new StringBuilder("C many-writes\n\n{}\n\n");
        for (int p = 0; p < 6; p++) {
            b.append("P").append(p).append("(int *x)\n{\n\tint r0;\n\tint r1;\n\tint r2;\n\n");
            for (int i = 0; i < 3; i++) {
                b.append("\tWRITE_ONCE(*x, ").append(10 * p + i + 1).append(");\n\tr").append(i)
                        .append(" = READ_ONCE(*x);\n");
            }
            b.append("}\n\n");
        }
        Path heavy = Files.writeString(dir.resolve("many-writes.litmus"), b.append("exists (x=1)\n"));
        Cli r = Cli.run("explain", "--timeout", "0.5", heavy.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(heavy + "\tTIMEOUT\n", r.out());
    }
}
