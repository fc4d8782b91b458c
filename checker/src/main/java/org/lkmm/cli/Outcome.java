package org.lkmm.cli;

import java.util.Optional;
import org.lkmm.verdict.TestResult;

/** What became of one file: a result, a one-line error, or a timeout. */
record Outcome(String file, Optional<TestResult> result, Optional<String> error, int exitCode,
               Optional<String> expected) {
    static Outcome of(String file, TestResult r, Optional<String> expected) {
        return new Outcome(file, Optional.of(r), Optional.empty(), ExitCodes.OK, expected);
    }

    static Outcome error(String file, String line, int code) {
        return new Outcome(file, Optional.empty(), Optional.of(line), code, Optional.empty());
    }

    /** A test that ran past --timeout: reported as a TIMEOUT line, not as an error. */
    static Outcome timeout(String file) {
        return new Outcome(file, Optional.empty(), Optional.of(file + "\tTIMEOUT"), ExitCodes.OK, Optional.empty());
    }

    /** Only timeouts carry a line with exit code OK. */
    boolean timedOut() {
        return error.isPresent() && exitCode == ExitCodes.OK;
    }
}
