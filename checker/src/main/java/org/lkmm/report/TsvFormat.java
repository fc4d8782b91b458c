package org.lkmm.report;

import org.lkmm.verdict.TestResult;

/** One line per test with the columns of ../shared/litmus/expected.tsv. */
public final class TsvFormat {
    public static final String HEADER = "file\tverdict\tpositive\tnegative\tstates\tflags\tseconds";

    private TsvFormat() {}

    public static String of(TestResult r) {
        String flags = r.flags().isEmpty() ? "-" : String.join(",", r.flags());
        return String.join("\t", field(r.file()), r.verdict(), r.positive().toString(), r.negative().toString(),
                Integer.toString(r.states().size()), flags, String.format("%.3f", r.seconds()));
    }

    /** A test that ran past its limit: a full row, its verdict TIMEOUT, nothing measured. */
    public static String timeout(String file) {
        return String.join("\t", field(file), "TIMEOUT", "-", "-", "-", "-", "-");
    }

    /** A file name as one field: a tab, newline or backslash in it escaped as \t, \n, \\. */
    static String field(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
