package org.lkmm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lkmm.explain.Explainer;
import org.lkmm.explain.Explanation;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Lkmm;
import org.lkmm.parse.LitmusParser;

/** The SVG lkmm draws: threads as columns in order, events in program order, each edge once, the cycle named. */
class ExecutionPictureTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));

    private static Explanation explain(String name) throws Exception {
        Path f = LITMUS.resolve(name);
        return new Explainer(KernelTable.standard(), new Lkmm()).explain(f.toString(), LitmusParser.parseFile(f));
    }

    @Test
    void storeBufferingIsDrawnWithItsCycleOfFrAndMb() throws Exception {
        String svg = ExecutionPicture.svg(explain("SB+fencembonceonces.litmus"));
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
        List<String> titles = titles(svg);
        assertEquals(2, titles.stream().filter(t -> t.equals("fre (in the forbidding cycle)")).count(), titles.toString());
        assertEquals(2, titles.stream().filter(t -> t.equals("mb (in the forbidding cycle)")).count(), titles.toString());
        assertEquals(0, titles.stream().filter(t -> t.equals("fr")).count(), "an fr edge on the cycle is drawn once, as the cycle's");
        int p0 = svg.indexOf(">P0<");
        int p1 = svg.indexOf(">P1<");
        assertTrue(p0 > 0 && p1 > p0, "threads as columns, in order");
        assertEquals(svg, ExecutionPicture.svg(explain("SB+fencembonceonces.litmus")), "the same picture every time");
    }

    @Test
    void eventsOfAThreadGoDownInProgramOrderAndAWitnessHasNoCycle() throws Exception {
        String svg = ExecutionPicture.svg(explain("MP+poonceonces.litmus"));
        assertTrue(svg.contains("(an execution that shows it)"));
        assertTrue(titles(svg).stream().noneMatch(t -> t.endsWith("(in the forbidding cycle)")));
        int first = y(svg, "P0:15 W data=1");
        int second = y(svg, "P0:16 W flag=1");
        assertTrue(first < second, "po goes down: " + first + " " + second);
    }

    private static List<String> titles(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<path [^>]*><title>([^<]*)</title>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static int y(String svg, String event) {
        Matcher m = Pattern.compile("<rect x=\"\\d+\" y=\"(\\d+)\"[^>]*><title>" + Pattern.quote(event)).matcher(svg);
        assertTrue(m.find(), event + " drawn");
        return Integer.parseInt(m.group(1));
    }
}
