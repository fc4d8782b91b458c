package org.lkmm.cli;

import java.io.PrintWriter;

/** A one-line progress counter on a terminal; silent when output goes to a log or a pipe. */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean active;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.active = total > 1 && System.console() != null && System.getenv("CI") == null;
    }

    void step(String file) {
        done++;
        if (active) {
            String name = file.length() > 60 ? "..." + file.substring(file.length() - 57) : file;
            err.printf("\r[%d/%d] %-60s", done, total, name);
            err.flush();
        }
    }

    void done() {
        if (active) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
        }
    }
}
