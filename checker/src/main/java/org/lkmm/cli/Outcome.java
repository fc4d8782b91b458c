package org.lkmm.cli;

import java.util.Optional;
import org.lkmm.verdict.TestResult;

/**
 * What became of one file: a result, a one-line error, or a timeout; how long it took and how
 * many bytes its thread allocated (-1 when unknown); the test's name and hash when it parsed.
 */
record Outcome(String file, Optional<TestResult> result, Optional<String> error, int exitCode,
               Optional<String> expected, double seconds, long allocated, Optional<Named> test) {
    /** A test that parsed: herd7's name for it and its hash (herd7 runs one test of a name per command). */
    record Named(String name, Optional<String> hash) {}

    static Outcome of(String file, TestResult r, Optional<String> expected) {
        return new Outcome(file, Optional.of(r), Optional.empty(), ExitCodes.OK, expected, r.seconds(), -1,
                Optional.of(new Named(r.name(), r.hash())));
    }

    static Outcome error(String file, String line, int code) {
        return new Outcome(file, Optional.empty(), Optional.of(line), code, Optional.empty(), 0, -1, Optional.empty());
    }

    /** A test that ran past --timeout: reported as a TIMEOUT line, not as an error. */
    static Outcome timeout(String file, double limit) {
        return new Outcome(file, Optional.empty(), Optional.of(file + "\tTIMEOUT"), ExitCodes.OK, Optional.empty(), limit,
                -1, Optional.empty());
    }

    /** The same outcome, with the time and allocation measured around it. */
    Outcome took(double elapsed, long allocatedBytes) {
        return new Outcome(file, result, error, exitCode, expected, elapsed, allocatedBytes, test);
    }

    /** The same error, of a test that parsed (it failed later: lowering it or running it). */
    Outcome of(Named parsed) {
        return new Outcome(file, result, error, exitCode, expected, seconds, allocated, Optional.of(parsed));
    }

    /** Only timeouts carry a line with exit code OK. */
    boolean timedOut() {
        return error.isPresent() && exitCode == ExitCodes.OK;
    }
}
