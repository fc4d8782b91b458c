package org.lkmm.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.lkmm.verdict.TestResult;

/**
 * herd7's result block (see ../shared/notes/herd7-output.md). The kernel's judgelitmus.sh reads
 * the Observation and Flag lines. Everything but the Time line is what herd7 7.58 prints, Hash included.
 */
public final class HerdFormat {
    private HerdFormat() {}

    public static String of(TestResult r, boolean withTime) {
        StringWriter s = new StringWriter();
        write(r, withTime, new PrintWriter(s));
        return s.toString();
    }

    /**
     * Writes the block line by line: a test with half a million states would need several times
     * their size as one string.
     */
    public static void write(TestResult r, boolean withTime, PrintWriter b) {
        b.append("Test ").append(r.name()).append(' ').append(r.kind().herdWord()).append('\n');
        b.append("States ").append(String.valueOf(r.states().size())).append('\n');
        for (String s : r.states()) {
            b.append(s).append('\n');
        }
        b.append(r.loop() ? "Loop " : "").append(r.ok() ? "Ok" : "No").append('\n');
        b.append("Witnesses\n");
        b.append("Positive: ").append(r.witnessesPositive().toString()).append(" Negative: ")
                .append(r.witnessesNegative().toString()).append('\n');
        r.flags().forEach(f -> b.append("Flag ").append(f).append('\n'));
        b.append("Condition ").append(r.condition()).append('\n');
        b.append("Observation ").append(r.name()).append(' ').append(r.verdict()).append(' ')
                .append(r.positive().toString()).append(' ').append(r.negative().toString()).append('\n');
        if (withTime) {
            b.append(String.format(java.util.Locale.ROOT, "Time %s %.2f%n", r.name(), r.seconds()));
        }
        r.hash().ifPresent(h -> b.append("Hash=").append(h).append('\n'));
        b.append('\n').flush();
    }
}
