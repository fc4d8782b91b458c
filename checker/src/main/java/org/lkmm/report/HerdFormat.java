package org.lkmm.report;

import org.lkmm.verdict.TestResult;

/**
 * herd7's result block (see ../shared/notes/herd7-output.md). The kernel's judgelitmus.sh reads
 * the Observation and Flag lines. Time is printed; the Hash line is left out on purpose.
 */
public final class HerdFormat {
    private HerdFormat() {}

    public static String of(TestResult r, boolean withTime) {
        StringBuilder b = new StringBuilder();
        b.append("Test ").append(r.name()).append(' ').append(r.kind().herdWord()).append('\n');
        b.append("States ").append(r.states().size()).append('\n');
        r.states().forEach(s -> b.append(s).append('\n'));
        b.append(r.ok() ? "Ok" : "No").append('\n');
        b.append("Witnesses\n");
        b.append("Positive: ").append(r.witnessesPositive()).append(" Negative: ").append(r.witnessesNegative()).append('\n');
        r.flags().forEach(f -> b.append("Flag ").append(f).append('\n'));
        b.append("Condition ").append(r.condition()).append('\n');
        b.append("Observation ").append(r.name()).append(' ').append(r.verdict()).append(' ')
                .append(r.positive()).append(' ').append(r.negative()).append('\n');
        if (withTime) {
            b.append(String.format("Time %s %.2f%n", r.name(), r.seconds()));
        }
        return b.append('\n').toString();
    }
}
