package org.lkmm.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The conformance corpus beside the repository (../shared/litmus), when it is there. */
final class Corpus {
    static final Path ROOT = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));

    private Corpus() {}

    static boolean present() {
        return Files.isRegularFile(ROOT.resolve("expected.tsv"));
    }

    static String absentReason() {
        return "conformance corpus not found at " + ROOT.toAbsolutePath().normalize()
                + " (it sits in ../shared beside the repository in CI, not in a user's clone)";
    }

    /** A file of the corpus folder, whole. */
    static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a tab-separated file without its header line. */
    static List<String[]> rows(String file) {
        try {
            return Files.readAllLines(ROOT.resolve(file)).stream().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
