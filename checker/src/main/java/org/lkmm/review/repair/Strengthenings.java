package org.lkmm.review.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The table of strengthenings (strengthenings.tsv): which weaker form may become which stronger
 * one, the class of ordering that adds, and how the text changes. Kernel knowledge as data, like
 * org.lkmm.kernel's primitive table; read backwards it says how to strip a test's ordering.
 */
public final class Strengthenings {
    /** How a strengthening changes the test. */
    public enum How { WRAP, DEREF, RENAME, AFTER, GAP, STRIP }

    /** One line of the table; weaker is "plain-load", "plain-store", "-" or a primitive. */
    public record Row(String weaker, String stronger, String costClass, How how) {}

    static final String PLAIN_LOAD = "plain-load";
    static final String PLAIN_STORE = "plain-store";
    static final String NOTHING = "-";

    private final List<Row> rows;

    private Strengthenings(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Strengthenings standard() {
        try (InputStream in = Strengthenings.class.getResourceAsStream("strengthenings.tsv")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Strengthenings parse(String text) {
        List<Row> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            rows.add(new Row(f[0], f[1], f[2], How.valueOf(f[3].toUpperCase(Locale.ROOT))));
        }
        return new Strengthenings(rows);
    }

    /** The strengthenings a fix may make of this weaker form (not the strip-only lines). */
    List<Row> offeredFor(String weaker) {
        return rows.stream().filter(r -> r.weaker.equals(weaker) && r.how != How.STRIP).toList();
    }

    /** The fences a fix may insert between two accesses. */
    List<Row> gaps() {
        return rows.stream().filter(r -> r.how == How.GAP).toList();
    }

    /**
     * What stripping does to this primitive: the line that names it as the stronger form of a
     * primitive ("-" for a fence, which goes), if it is ordering the table knows how to remove.
     * smp_mb__after_atomic() is a fence that goes, not the 'after' strengthening of an atomic.
     */
    Optional<Row> stripping(String primitive) {
        return rows.stream().filter(r -> r.stronger.equals(primitive))
                .filter(r -> r.how == How.RENAME || r.how == How.STRIP || r.how == How.GAP).findFirst();
    }
}
