package org.lkmm.review.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each class of ordering (once, acquire, release, rmb, wmb, mb) costs a fix: the default
 * table costs.tsv, after the kernel's guidance, with a user's file laid over it.
 */
public record Costs(Map<String, Integer> byClass) {
    public Costs {
        byClass = Map.copyOf(byClass);
    }

    public static Costs standard() {
        try (InputStream in = Costs.class.getResourceAsStream("costs.tsv")) {
            return new Costs(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "costs.tsv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This table with the classes a file names (same format) costing what it says. */
    public Costs overriddenBy(Path file) throws IOException {
        Map<String, Integer> merged = new LinkedHashMap<>(byClass);
        Map<String, Integer> given = parse(Files.readString(file), file.toString());
        for (String c : given.keySet()) {
            if (!byClass.containsKey(c)) {
                throw new IllegalArgumentException(file + ": unknown class of ordering '" + c + "' (known: "
                        + String.join(", ", byClass.keySet()) + ")");
            }
        }
        merged.putAll(given);
        return new Costs(merged);
    }

    private static Map<String, Integer> parse(String text, String where) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            try {
                int cost = Integer.parseInt(f[1]);
                if (cost <= 0) {
                    throw new NumberFormatException();
                }
                out.put(f[0], cost);
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException(where + ": expected 'class cost' with a positive cost: " + line.trim());
            }
        }
        return out;
    }

    public int of(String costClass) {
        Integer c = byClass.get(costClass);
        if (c == null) {
            throw new IllegalArgumentException("no cost for " + costClass);
        }
        return c;
    }
}
