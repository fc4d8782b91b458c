package org.lkmm.cli;

import java.util.Optional;
import org.lkmm.verdict.ModelCache;

/**
 * What a run of the command line depends on besides its arguments and its folder: whether the
 * terminal it writes to shows progress and colour, and the models a long-lived process has
 * already read. A run in its own JVM asks its own terminal; a run in the launcher's server is
 * told what the client's terminal is, so both print the same bytes.
 *
 * @param progress a progress line may be drawn on stderr (a terminal, and not under CI)
 * @param colour colour in help text: on or off as the client's terminal says; empty lets
 *               picocli look at this process's own terminal
 */
record Session(boolean progress, Optional<Boolean> colour, ModelCache models) {
    /** A command that reads the session (picocli makes the command; Main hands it the session). */
    interface User {
        void use(Session session);
    }

    /** A run in its own JVM, writing to this process's stdout and stderr. */
    static Session ownProcess() {
        return new Session(progressShown(), Optional.empty(), ModelCache.none());
    }

    /** Whether this process's stderr is a terminal a progress line belongs on. */
    static boolean progressShown() {
        return System.console() != null && System.getenv("CI") == null;
    }
}
