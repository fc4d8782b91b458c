package org.lkmm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file a command writes besides its output (a graph, a page): written, or an error said why not. */
final class OutputFile {
    private OutputFile() {}

    /** Writes text to file; exit 0, or 2 with the reason on err (what: "graph", "page"). */
    static int write(Path file, String text, String what, PrintWriter err) {
        try {
            Files.writeString(file, text);
            return ExitCodes.OK;
        } catch (IOException e) {
            return failed(file, what, e, err);
        }
    }

    /** Says on err that file could not be written, and why; exit code 2. */
    static int failed(Path file, String what, IOException e, PrintWriter err) {
        err.println(file + ": error: cannot write the " + what + ": " + why(e));
        return ExitCodes.BAD_INPUT;
    }

    /** An I/O failure in words: java.nio's exceptions often carry only the path as message. */
    private static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
