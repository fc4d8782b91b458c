package org.lkmm.report;

import java.util.List;
import java.util.Optional;
import org.lkmm.explain.Explanation;
import org.lkmm.review.Review;
import org.lkmm.review.SiteReport;
import org.lkmm.review.repair.Repair;

/**
 * One self-contained HTML page, for a person with nothing but a browser: per test its verdict,
 * the picture of the execution (inline SVG drawn by ExecutionPicture), the explanation and its
 * cycle in words, and the review table and repairs when there are any. No scripts, no fetches.
 */
public final class HtmlPage {
    /** What the page shows of one test; any part may be absent. */
    public record Part(String test, Optional<Explanation> explanation, Optional<Review> review, Optional<Repair> repair) {}

    private static final String STYLE = """
            body { font-family: DejaVu Sans, Arial, sans-serif; margin: 24px; color: #222; }
            h1 { font-size: 20px; } h2 { font-size: 17px; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
            h3 { font-size: 14px; margin-top: 18px; }
            .verdict { font-size: 15px; } .forbidden { color: #1a6b1a; } .observable { color: #a33; }
            pre { background: #f7f7f7; padding: 10px; white-space: pre-wrap; font-size: 12px; }
            table { border-collapse: collapse; font-size: 13px; } td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }
            .NEEDED { color: #a33; } .WEAKENABLE { color: #a60; } .REDUNDANT { color: #1a6b1a; }
            figure { margin: 0; } figure svg { max-width: 100%; height: auto; }
            """;

    private HtmlPage() {}

    public static String of(String title, List<Part> parts) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Svg.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(Svg.escape(title)).append("</h1>\n");
        for (Part p : parts) {
            b.append("<section>\n<h2>").append(Svg.escape(p.test())).append("</h2>\n");
            p.explanation().ifPresent(x -> explanation(b, x));
            p.review().ifPresent(r -> review(b, r));
            p.repair().ifPresent(r -> repair(b, r));
            b.append("</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void explanation(StringBuilder b, Explanation x) {
        boolean forbidden = !x.observable();
        b.append("<p class=\"verdict ").append(forbidden ? "forbidden" : "observable").append("\">")
                .append(Svg.escape(x.condition())).append(": <b>").append(forbidden ? "forbidden" : "observable").append("</b>")
                .append(" (check: ").append(x.verdict()).append(' ').append(x.positive()).append(' ').append(x.negative())
                .append(x.flags().isEmpty() ? "" : ", flags " + Svg.escape(String.join(", ", x.flags())))
                .append(x.exampleAxiom().map(a -> "; ruled out by " + a.catName()).orElse("")).append(")</p>\n");
        if (x.witness().isPresent() || x.example().isPresent()) {
            b.append("<figure>\n").append(ExecutionPicture.svg(x)).append("</figure>\n");
        }
        b.append("<h3>").append(forbidden ? "Why it is forbidden: the cycle in words" : "The execution in words").append("</h3>\n<pre>")
                .append(Svg.escape(ExplainFormat.text(x))).append("</pre>\n");
    }

    private static void review(StringBuilder b, Review r) {
        b.append("<h3>Review: which barriers are needed</h3>\n<table>\n<tr><th>thread</th><th>line</th><th>primitive</th>")
                .append("<th>finding</th><th>detail</th></tr>\n");
        for (SiteReport s : r.sites()) {
            String detail = switch (s.status()) {
                case NEEDED -> "weakened it gives " + s.outcomeIfWeakened();
                case WEAKENABLE -> "can be " + s.weakerAlternative();
                case REDUNDANT -> "can go";
            };
            b.append("<tr><td>P").append(s.site().process()).append("</td><td>").append(s.site().pos().line()).append("</td><td>")
                    .append(Svg.escape(s.site().primitive())).append("</td><td class=\"").append(s.status()).append("\">")
                    .append(s.status()).append("</td><td>").append(Svg.escape(detail)).append("</td></tr>\n");
        }
        b.append("</table>\n<p>Minimal ordering (").append(r.minimalSetExact() ? "exact search" : "greedy search").append("): ")
                .append(Svg.escape(r.minimalSet().isEmpty() ? "none needed" : String.join(", ", r.minimalSet().stream()
                        .map(s -> "P" + s.process() + ":" + s.pos().line() + " " + s.primitive()).toList()))).append("</p>\n");
    }

    private static void repair(StringBuilder b, Repair r) {
        b.append("<h3>Repair</h3>\n<pre>").append(Svg.escape(RepairFormat.text(r))).append("</pre>\n");
    }
}
