package org.lkmm.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The primitive table, read from primitives.tsv: kernel knowledge as data. */
public final class KernelTable {
    private final Map<String, Primitive> byName;

    KernelTable(Map<String, Primitive> byName) {
        this.byName = byName;
    }

    /** Linux 6.1's primitives (primitives.tsv). */
    public static KernelTable standard() {
        return resource("primitives.tsv");
    }

    /** The primitives of Linux 6.12's .def (SRCU as loads and stores). */
    public static KernelTable linux612() {
        return resource("primitives-6.12.tsv");
    }

    /** The primitives of mainline's .def (lkmmv2's uppercase tags, the newer atomics). */
    public static KernelTable mainline() {
        return resource("primitives-mainline.tsv");
    }

    private static KernelTable resource(String name) {
        try (InputStream in = KernelTable.class.getResourceAsStream(name)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KernelTable parse(String text) {
        Map<String, Primitive> byName = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            List<Role> roles = f[3].equals("-") ? List.of()
                    : Arrays.stream(f[3].split(",")).map(r -> Role.valueOf(r.toUpperCase(Locale.ROOT))).toList();
            // the operator ("+", "&~", "." for none), then the test on the result ("==0", "<0"), if any
            int split = f[4].replaceAll("[=<].*$", "").length();
            String op = f[4].substring(0, split);
            Optional<String> test = split < f[4].length() ? Optional.of(f[4].substring(split)) : Optional.empty();
            int blocks = f.length > 5 ? Integer.parseInt(f[5]) : 1;
            Form form = Form.valueOf(f[1]);
            String fenceAfter = f.length > 6 ? f[6] : form == Form.STORE_MB ? "mb" : "";
            byName.put(f[0], new Primitive(f[0], form, f[2], roles, op, test, blocks, fenceAfter));
        }
        return new KernelTable(byName);
    }

    /** Every primitive, by name. */
    public Map<String, Primitive> all() {
        return java.util.Collections.unmodifiableMap(byName);
    }

    public Optional<Primitive> lookup(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
