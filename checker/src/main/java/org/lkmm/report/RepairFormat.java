package org.lkmm.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.stream.Collectors;
import org.lkmm.review.repair.EditedLine;
import org.lkmm.review.repair.Fix;
import org.lkmm.review.repair.Move;
import org.lkmm.review.repair.Repair;

/** A repair as text for people (each fix as the lines it edits) or JSON for tools. */
public final class RepairFormat {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create(); // one object per line: JSON Lines, as check prints

    private RepairFormat() {}

    public static String text(Repair r) {
        StringBuilder b = new StringBuilder();
        b.append(r.test()).append(" (").append(r.file()).append("): ").append(r.verdict()).append(flags(r.flags()));
        r.want().ifPresent(w -> b.append(", wanted: ").append(w));
        b.append('\n');
        switch (r.status()) {
            case NOT_ASKED -> b.append("  nothing to repair: ").append(r.want().isEmpty() ? "no Result: line (use --want Never)"
                    : "Result: " + r.want().get() + " does not ask for the outcome to be forbidden").append('\n');
            case ALREADY_MET -> b.append("  nothing to repair: already Never without a data race\n");
            case NO_FIX -> b.append("  no fix: ").append(r.slots().isEmpty() ? "nothing in the test can be strengthened"
                    : "with every strengthening at once it is still " + r.strongestVerdict().orElse("allowed")).append('\n');
            case FIXED -> fixes(b, r);
        }
        return b.toString();
    }

    private static void fixes(StringBuilder b, Repair r) {
        b.append("  ").append(r.fixes().size()).append(r.fixes().size() == 1 ? " cheapest fix" : " cheapest fixes")
                .append(", cost ").append(r.cost()).append(" (").append(r.search()).append(", ").append(r.checked())
                .append(" candidates checked):\n");
        int i = 1;
        for (Fix f : r.fixes()) {
            b.append("  fix ").append(i++).append(": ").append(f.moves().stream().map(Move::describe).collect(Collectors.joining("; ")))
                    .append("\n    re-checked: ").append(f.verdict()).append(' ').append(f.positive()).append(' ')
                    .append(f.negative()).append(f.flags().isEmpty() ? ", no flags" : flags(f.flags())).append('\n');
            for (EditedLine l : f.lines()) {
                b.append(String.format("    line %-4d - %s%n", l.line(), l.before().strip()));
                for (String after : l.after()) {
                    b.append(String.format("              + %s%n", after.strip()));
                }
            }
        }
    }

    private static String flags(java.util.Set<String> flags) {
        return flags.isEmpty() ? "" : " (flags: " + String.join(", ", flags) + ")";
    }

    public static String json(Repair r) {
        JsonObject o = new JsonObject();
        o.addProperty("file", r.file());
        o.addProperty("test", r.test());
        o.addProperty("verdict", r.verdict());
        o.add("flags", strings(r.flags()));
        o.addProperty("want", r.want().orElse(null));
        o.addProperty("status", r.status().name());
        o.addProperty("cost", r.cost());
        o.addProperty("search", r.search());
        o.addProperty("checked", r.checked());
        JsonArray fixes = new JsonArray();
        for (Fix f : r.fixes()) {
            JsonObject j = new JsonObject();
            JsonArray moves = new JsonArray();
            for (Move m : f.moves()) {
                JsonObject mj = new JsonObject();
                mj.addProperty("process", m.process());
                mj.addProperty("line", m.at().line());
                mj.addProperty("how", m.how().name().toLowerCase(java.util.Locale.ROOT));
                mj.addProperty("from", m.from());
                mj.addProperty("to", m.to());
                mj.addProperty("class", m.costClass());
                moves.add(mj);
            }
            j.add("moves", moves);
            j.addProperty("cost", f.cost());
            j.addProperty("verdict", f.verdict());
            j.add("flags", strings(f.flags()));
            JsonArray lines = new JsonArray();
            for (EditedLine l : f.lines()) {
                JsonObject lj = new JsonObject();
                lj.addProperty("line", l.line());
                lj.addProperty("before", l.before());
                lj.add("after", strings(l.after()));
                lines.add(lj);
            }
            j.add("lines", lines);
            fixes.add(j);
        }
        o.add("fixes", fixes);
        return GSON.toJson(o);
    }

    private static JsonArray strings(Iterable<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
