package org.lkmm.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lkmm.enumerate.Candidate;
import org.lkmm.explain.Explanation;
import org.lkmm.explain.Link;
import org.lkmm.program.Event;
import org.lkmm.relation.Relation;

/**
 * An execution drawn as SVG by lkmm itself, for people without Graphviz: one column per thread
 * in order (initial writes in a column of their own on the left), events top to bottom in
 * program order, rf (red), co (blue) and fr (orange) between them, and for a forbidden outcome
 * the cycle that forbids it in bold black, each step named by its cat relation. Every edge is
 * drawn once: a step of the cycle that is also an rf, co or fr edge is drawn as the cycle's.
 */
public final class ExecutionPicture {
    private static final int BOX_H = 34;
    private static final int ROW = 70;
    private static final int TOP = 70;
    private static final int LEFT = 20;

    private final int boxW;
    private final int column;

    private ExecutionPicture(int boxW) {
        this.boxW = boxW;
        this.column = boxW + 110;
    }

    public static String svg(Explanation x) {
        Candidate c = x.observable() ? x.witness().orElseThrow() : x.example().orElseThrow();
        int longest = c.execution().events().stream().mapToInt(e -> EventText.of(e, x.layout()).length()).max().orElse(20);
        return new ExecutionPicture(Math.max(170, Math.min(320, longest * 6 + 16))).draw(x, c);
    }

    private String draw(Explanation x, Candidate c) {
        List<Event> ev = c.execution().events();
        Map<String, String[]> edges = edges(x, c);
        java.util.Set<Integer> shown = new java.util.HashSet<>();
        for (int i = 0; i < ev.size(); i++) {
            if (ev.get(i).thread() >= 0) {
                shown.add(i);
            }
        }
        edges.keySet().forEach(k -> java.util.Arrays.stream(k.split(">")).map(Integer::parseInt).forEach(shown::add));
        Map<Integer, int[]> at = layout(ev, shown);
        int columns = at.values().stream().mapToInt(p -> p[0]).max().orElse(0) + 1;
        int rows = at.values().stream().mapToInt(p -> p[1]).max().orElse(0) + 1;
        int width = LEFT * 2 + columns * column;
        int height = TOP + rows * ROW + 60;
        Svg svg = new Svg();
        String caption = x.test() + ": " + x.condition() + (x.observable() ? " (an execution that shows it)"
                : " (forbidden: " + x.exampleAxiom().map(a -> a.catName()).orElse("") + ")");
        svg.text(LEFT, 24, caption, 14, "black", "start", true);
        int threads = ev.stream().mapToInt(Event::thread).max().orElse(-1);
        boolean init = ev.stream().anyMatch(e -> e.thread() < 0);
        for (int t = init ? -1 : 0; t <= threads; t++) {
            svg.text(x(t, init) + boxW / 2, TOP - 16, t < 0 ? "initial values" : "P" + t, 13, "black", "middle", true);
        }
        for (int i : shown) {
            int[] p = at.get(i);
            Event e = ev.get(i);
            String fill = e.thread() < 0 ? "#f2f2f2" : e.kind() == org.lkmm.program.Kind.FENCE ? "#e8f4e8" : "#eef3fb";
            svg.rect(p[2], p[3], boxW, BOX_H, fill, "#555555", EventText.of(e, x.layout()));
            svg.text(p[2] + boxW / 2, p[3] + 21, EventText.of(e, x.layout()), 11, "black", "middle", false);
        }
        for (int t = 0; t <= threads; t++) {
            Integer previous = null;
            for (int i = 0; i < ev.size(); i++) {
                if (ev.get(i).thread() == t) {
                    if (previous != null) {
                        int[] a = at.get(previous);
                        int[] b = at.get(i);
                        int mx = a[2] + boxW / 2;
                        svg.arrow(mx, a[3] + BOX_H, mx, (a[3] + b[3] + BOX_H) / 2, mx, b[3], "#999999", 1, "", "po");
                    }
                    previous = i;
                }
            }
        }
        Map<String, Integer> bends = new HashMap<>();
        edges.forEach((key, v) -> {
            String[] ends = key.split(">");
            draw(svg, at, Integer.parseInt(ends[0]), Integer.parseInt(ends[1]), v, bends);
        });
        legend(svg, height - 28, !x.observable());
        return svg.document(width, height, caption);
    }

    /** rf, immediate co and fr (not implied by a later co), then the cycle's steps over them: each edge once. */
    private static Map<String, String[]> edges(Explanation x, Candidate c) {
        Map<String, String[]> edges = new LinkedHashMap<>();
        add(edges, c.execution().rf(), "rf", "#cc0000");
        add(edges, c.execution().co().immediate(), "co", "#0044cc");
        Relation fr = c.execution().rf().inverse().seq(c.execution().co());
        add(edges, fr.minus(fr.seq(c.execution().co())), "fr", "#dd7700");
        for (Link l : x.cycle()) {
            edges.put(l.from() + ">" + l.to(), new String[] {l.relation(), "#000000", "cycle"});
        }
        return edges;
    }

    /** Per event shown: column, row, and the box's top-left corner. Initial writes no edge touches are left out. */
    private Map<Integer, int[]> layout(List<Event> ev, java.util.Set<Integer> shown) {
        boolean init = ev.stream().anyMatch(e -> e.thread() < 0);
        Map<Integer, Integer> rowOf = new HashMap<>();
        Map<Integer, int[]> out = new HashMap<>();
        List<Integer> order = new ArrayList<>(new java.util.TreeSet<>(shown));
        order.sort((p, q) -> ev.get(p).thread() != ev.get(q).thread() ? Integer.compare(ev.get(p).thread(), ev.get(q).thread())
                : Integer.compare(ev.get(p).poIndex(), ev.get(q).poIndex()));
        for (int i : order) {
            Event e = ev.get(i);
            int column = e.thread() + (init ? 1 : 0);
            int row = rowOf.merge(e.thread(), 1, Integer::sum) - 1;
            out.put(i, new int[] {column, row, LEFT + column * this.column, TOP + row * ROW});
        }
        return out;
    }

    private int x(int thread, boolean init) {
        return LEFT + (thread + (init ? 1 : 0)) * column;
    }

    private static void add(Map<String, String[]> edges, Relation r, String name, String colour) {
        r.forEach((a, b) -> edges.put(a + ">" + b, new String[] {name, colour, "base"}));
    }

    /** One edge: across columns from the facing sides, within a column as an arc on its right. */
    private void draw(Svg svg, Map<Integer, int[]> at, int from, int to, String[] v, Map<String, Integer> bends) {
        int[] a = at.get(from);
        int[] b = at.get(to);
        boolean cycle = v[2].equals("cycle");
        double width = cycle ? 2.6 : 1.4;
        String title = v[0] + (cycle ? " (in the forbidding cycle)" : "");
        if (a[0] == b[0]) {
            int x1 = a[2] + boxW;
            int y1 = a[3] + BOX_H / 2;
            int y2 = b[3] + BOX_H / 2;
            int bulge = 40 + 18 * bends.merge(a[0] + "|", 1, Integer::sum) % 3;
            int cx = x1 + bulge;
            svg.arrow(x1, y1, cx, (y1 + y2) / 2, x1, y2, v[1], width, "", title);
            svg.label(x1 + bulge / 2 + 8, (y1 + y2) / 2 + 4, v[0], v[1]);
            return;
        }
        boolean right = b[0] > a[0];
        int x1 = right ? a[2] + boxW : a[2];
        int x2 = right ? b[2] : b[2] + boxW;
        int y1 = a[3] + BOX_H / 2;
        int y2 = b[3] + BOX_H / 2;
        int k = bends.merge(Math.min(a[0], b[0]) + "-" + Math.max(a[0], b[0]), 1, Integer::sum);
        int cy = (y1 + y2) / 2 + (k % 2 == 0 ? 1 : -1) * 14 * ((k + 1) / 2);
        svg.arrow(x1, y1, (x1 + x2) / 2, cy, x2, y2, v[1], width, "", title);
        svg.label((x1 + x2) / 2, (y1 + 2 * cy + y2) / 4 + 4, v[0], v[1]);
    }

    private static void legend(Svg svg, int y, boolean cycle) {
        int x = LEFT;
        String[][] items = {{"rf", "#cc0000"}, {"co", "#0044cc"}, {"fr", "#dd7700"}, {"po", "#999999"}};
        for (String[] item : items) {
            svg.arrow(x, y, x + 20, y, x + 40, y, item[1], 1.4, "", "legend: " + item[0]);
            svg.text(x + 46, y + 4, item[0], 11, "black", "start", false);
            x += 90;
        }
        if (cycle) {
            svg.arrow(x, y, x + 20, y, x + 40, y, "#000000", 2.6, "", "legend: cycle");
            svg.text(x + 46, y + 4, "the forbidding cycle, named by its cat relations", 11, "black", "start", false);
        }
    }
}
