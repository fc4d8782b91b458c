package org.lkmm.cli;

import java.util.Optional;
import org.lkmm.verdict.TestResult;

/**
 * What became of one file: a result, a one-line error, or a timeout; how long it took and how
 * many bytes its thread allocated (-1 when unknown).
 */
record Outcome(String file, Optional<TestResult> result, Optional<String> error, int exitCode,
               Optional<String> expected, double seconds, long allocated) {
    static Outcome of(String file, TestResult r, Optional<String> expected) {
        return new Outcome(file, Optional.of(r), Optional.empty(), ExitCodes.OK, expected, r.seconds(), -1);
    }

    static Outcome error(String file, String line, int code) {
        return new Outcome(file, Optional.empty(), Optional.of(line), code, Optional.empty(), 0, -1);
    }

    /** A test that ran past --timeout: reported as a TIMEOUT line, not as an error. */
    static Outcome timeout(String file, double limit) {
        return new Outcome(file, Optional.empty(), Optional.of(file + "\tTIMEOUT"), ExitCodes.OK, Optional.empty(), limit, -1);
    }

    /** The same outcome, with the time and allocation measured around it. */
    Outcome took(double elapsed, long allocatedBytes) {
        return new Outcome(file, result, error, exitCode, expected, elapsed, allocatedBytes);
    }

    /** Only timeouts carry a line with exit code OK. */
    boolean timedOut() {
        return error.isPresent() && exitCode == ExitCodes.OK;
    }
}
