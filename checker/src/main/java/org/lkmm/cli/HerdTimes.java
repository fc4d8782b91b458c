package org.lkmm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** herd7's wall time per test (expected.tsv's herd_seconds) and the tests it never finished. */
record HerdTimes(Path root, Map<String, Double> seconds, Map<String, String> unresolved,
                 Map<String, Double> limits) {
    private static final java.util.regex.Pattern WITHIN = java.util.regex.Pattern.compile("within ([0-9.]+) s");

    /** Reads expected.tsv and unresolved.tsv from the first input directory that has them. */
    static Optional<HerdTimes> find(List<Path> inputs) throws IOException {
        for (Path in : inputs) {
            for (Path dir = in.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("expected.tsv"))) {
                    return Optional.of(read(dir));
                }
            }
        }
        return Optional.empty();
    }

    private static HerdTimes read(Path dir) throws IOException {
        Map<String, Double> seconds = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"))) {
            String[] f = line.split("\t");
            if (f.length >= 7 && !f[0].equals("file")) {
                seconds.put(f[0], Double.parseDouble(f[6]));
            }
        }
        Map<String, String> unresolved = new HashMap<>();
        Map<String, Double> limits = new HashMap<>();
        Path u = dir.resolve("unresolved.tsv");
        if (Files.isRegularFile(u)) {
            for (String line : Files.readAllLines(u)) {
                String[] f = line.split("\t");
                if (f.length >= 2 && !f[0].equals("file")) {
                    unresolved.put(f[0], f[1]);
                    java.util.regex.Matcher m = WITHIN.matcher(f.length > 2 ? f[2] : "");
                    if (m.find()) {
                        limits.put(f[0], Double.parseDouble(m.group(1)));
                    }
                }
            }
        }
        return new HerdTimes(dir, seconds, unresolved, limits);
    }

    /** The file's name in expected.tsv, or the path as given for a file outside the corpus. */
    String key(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : file.toString();
    }
}
