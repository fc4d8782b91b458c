package org.lkmm.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every corpus file herd7 accepts must parse; the ones it rejects may fail, with a position. */
class CorpusParseTest {
    private static final Path ROOT = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus"));

    @Test
    void everyFileHerdAcceptsParses() throws IOException {
        assumeTrue(Files.isRegularFile(ROOT.resolve("unresolved.tsv")),
                () -> "conformance corpus not found at " + ROOT.toAbsolutePath().normalize());
        Set<String> rejectedByHerd;
        try (Stream<String> lines = Files.lines(ROOT.resolve("unresolved.tsv"))) {
            rejectedByHerd = lines.map(l -> l.split("\t")).filter(f -> f.length > 1 && f[1].equals("ERROR"))
                    .map(f -> f[0]).collect(Collectors.toSet());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (Path f : files) {
            String rel = ROOT.relativize(f).toString();
            try {
                LitmusParser.parseFile(f);
                parsed++;
            } catch (ParseException e) {
                if (!rejectedByHerd.contains(rel)) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " corpus files failed to parse:\n" + String.join("\n", failures));
        assertTrue(parsed > 5000, "only " + parsed + " files parsed");
    }
}
