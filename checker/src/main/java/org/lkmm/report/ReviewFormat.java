package org.lkmm.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.stream.Collectors;
import org.lkmm.review.Review;
import org.lkmm.review.Site;
import org.lkmm.review.SiteReport;

/** A review as text for people or JSON for tools. */
public final class ReviewFormat {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create(); // one object per line: JSON Lines, as check prints

    private ReviewFormat() {}

    public static String text(Review r) {
        StringBuilder b = new StringBuilder();
        b.append(r.test()).append(" (").append(r.file()).append("): ").append(r.verdict());
        r.expected().ifPresent(e -> b.append(", Result: ").append(e).append(r.meetsExpectation() ? "" : "  MISMATCH"));
        b.append('\n');
        for (SiteReport s : r.sites()) {
            String detail = switch (s.status()) {
                case NEEDED -> "weakened it gives " + s.outcomeIfWeakened();
                case WEAKENABLE -> "can be " + s.weakerAlternative();
                case REDUNDANT -> "can go";
            };
            b.append(String.format("  P%d line %-4d %-28s %-10s %s%n", s.site().process(), s.site().pos().line(),
                    s.site().primitive(), s.status(), detail));
        }
        b.append("  minimal ordering (").append(r.minimalSetExact() ? "exact search" : "greedy search").append("): ")
                .append(r.minimalSet().isEmpty() ? "none needed"
                        : r.minimalSet().stream().map(ReviewFormat::site).collect(Collectors.joining(", ")))
                .append('\n');
        return b.toString();
    }

    private static String site(Site s) {
        return "P" + s.process() + ":" + s.pos().line() + " " + s.primitive();
    }

    public static String json(Review r) {
        JsonObject o = new JsonObject();
        o.addProperty("file", r.file());
        o.addProperty("test", r.test());
        o.addProperty("verdict", r.verdict());
        o.addProperty("expected", r.expected().orElse(null));
        JsonArray sites = new JsonArray();
        for (SiteReport s : r.sites()) {
            JsonObject j = new JsonObject();
            j.addProperty("process", s.site().process());
            j.addProperty("line", s.site().pos().line());
            j.addProperty("primitive", s.site().primitive());
            j.addProperty("status", s.status().name());
            j.addProperty("weakerAlternative", s.weakerAlternative());
            j.addProperty("outcomeIfWeakened", s.outcomeIfWeakened());
            sites.add(j);
        }
        o.add("sites", sites);
        JsonArray minimal = new JsonArray();
        for (Site s : r.minimalSet()) {
            JsonObject j = new JsonObject();
            j.addProperty("process", s.process());
            j.addProperty("line", s.pos().line());
            j.addProperty("primitive", s.primitive());
            minimal.add(j);
        }
        o.add("minimalSet", minimal);
        o.addProperty("minimalSetExact", r.minimalSetExact());
        return GSON.toJson(o);
    }
}
