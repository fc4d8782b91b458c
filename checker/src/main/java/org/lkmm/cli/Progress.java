package org.lkmm.cli;

import java.io.PrintWriter;

/**
 * A one-line progress counter on a terminal (stderr); silent when output goes to a log or a
 * pipe. The line is wiped before each result is printed and drawn again after it, so results
 * never run on from the counter's text.
 */
final class Progress {
    private static final String WIPE = "\r" + " ".repeat(80) + "\r";

    private final PrintWriter err;
    private final int total;
    private final boolean active;
    private int done;
    private boolean drawn;

    /** A counter of total tests, drawn only when the session's terminal shows progress. */
    Progress(PrintWriter err, int total, Session session) {
        this.err = err;
        this.total = total;
        this.active = total > 1 && session.progress();
    }

    /** Wipes the counter's line, before a result is printed. */
    void clear() {
        if (drawn) {
            err.print(WIPE);
            err.flush();
            drawn = false;
        }
    }

    /** One more test done (its result printed and flushed): the counter shows it. */
    void step(String file) {
        done++;
        if (active) {
            String name = file.length() > 60 ? "..." + file.substring(file.length() - 57) : file;
            err.printf("\r[%d/%d] %-60s", done, total, name);
            err.flush();
            drawn = true;
        }
    }

    void done() {
        clear();
    }
}
