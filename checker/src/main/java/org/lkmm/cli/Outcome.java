package org.lkmm.cli;

import java.util.Optional;
import org.lkmm.verdict.TestResult;

/** What became of one file: a result, a one-line error, or a timeout, and how long it took. */
record Outcome(String file, Optional<TestResult> result, Optional<String> error, int exitCode,
               Optional<String> expected, double seconds) {
    static Outcome of(String file, TestResult r, Optional<String> expected) {
        return new Outcome(file, Optional.of(r), Optional.empty(), ExitCodes.OK, expected, r.seconds());
    }

    static Outcome error(String file, String line, int code) {
        return new Outcome(file, Optional.empty(), Optional.of(line), code, Optional.empty(), 0);
    }

    /** A test that ran past --timeout: reported as a TIMEOUT line, not as an error. */
    static Outcome timeout(String file, double limit) {
        return new Outcome(file, Optional.empty(), Optional.of(file + "\tTIMEOUT"), ExitCodes.OK, Optional.empty(), limit);
    }

    /** The same outcome, taking the time given. */
    Outcome took(double elapsed) {
        return new Outcome(file, result, error, exitCode, expected, elapsed);
    }

    /** Only timeouts carry a line with exit code OK. */
    boolean timedOut() {
        return error.isPresent() && exitCode == ExitCodes.OK;
    }
}
