package org.lkmm.report;

import org.lkmm.verdict.TestResult;

/** One line per test with the columns of ../shared/litmus/expected.tsv. */
public final class TsvFormat {
    public static final String HEADER = "file\tverdict\tpositive\tnegative\tstates\tflags\tseconds";

    private TsvFormat() {}

    public static String of(TestResult r) {
        String flags = r.flags().isEmpty() ? "-" : String.join(",", r.flags());
        return String.join("\t", r.file(), r.verdict(), r.positive().toString(), r.negative().toString(),
                Integer.toString(r.states().size()), flags, String.format("%.3f", r.seconds()));
    }
}
