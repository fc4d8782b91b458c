package org.lkmm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line inputs: files as given, directories searched for *.litmus in order. */
final class Inputs {
    private Inputs() {}

    static List<Path> litmusFiles(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.toString().endsWith(".litmus")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new IOException(p + ": error: cannot read directory: " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
