package org.lkmm.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Expands command-line inputs: files as given, directories searched for *.litmus in order. */
final class Inputs {
    private Inputs() {}

    /**
     * The files; a directory that cannot be read inside one given is skipped with a warning, and
     * so is a directory with no .litmus file in it, unless no input gives any: then that is an
     * error (a mistyped folder would otherwise "check" nothing and exit 0).
     */
    static List<Path> litmusFiles(List<Path> inputs, Consumer<String> warnings) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        if (f.toString().endsWith(".litmus")) {
                            found.add(f);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        warnings.accept(f + ": warning: cannot read " + (Files.isDirectory(f) ? "directory" : "file")
                                + " (" + e.getClass().getSimpleName() + "), skipped");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new IOException(p + ": error: cannot read directory: " + e.getMessage(), e);
            }
            if (found.isEmpty()) {
                empty.add(p);
            }
            found.stream().sorted().forEach(files::add);
        }
        if (files.isEmpty() && !empty.isEmpty()) {
            throw new IOException(empty.get(0) + ": error: no .litmus file in this directory or below it");
        }
        for (Path p : empty) {
            warnings.accept(p + ": warning: no .litmus file in this directory or below it");
        }
        return files;
    }
}
