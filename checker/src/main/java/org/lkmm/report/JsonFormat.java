package org.lkmm.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.lkmm.verdict.TestResult;

/** The same data as the tsv line, plus the states, as one JSON object per test. */
public final class JsonFormat {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private JsonFormat() {}

    /** A test that ran past its limit, as one JSON object like the others. */
    public static String timeout(String file) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("verdict", "TIMEOUT");
        return GSON.toJson(o);
    }

    public static String of(TestResult r) {
        JsonObject o = new JsonObject();
        o.addProperty("file", r.file());
        o.addProperty("test", r.name());
        o.addProperty("model", r.model());
        o.addProperty("verdict", r.verdict());
        o.addProperty("ok", r.ok());
        o.addProperty("positive", r.positive());
        o.addProperty("negative", r.negative());
        o.addProperty("condition", r.condition());
        JsonArray states = new JsonArray();
        r.states().forEach(states::add);
        o.add("states", states);
        JsonArray flags = new JsonArray();
        r.flags().forEach(flags::add);
        o.add("flags", flags);
        o.addProperty("executions", r.explored());
        o.addProperty("seconds", r.seconds());
        return GSON.toJson(o);
    }
}
