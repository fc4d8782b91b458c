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

    boolean timedOut() {
        return error.isPresent() && exitCode == ExitCodes.OK;
    }
}
