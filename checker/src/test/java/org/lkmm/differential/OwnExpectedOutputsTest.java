package org.lkmm.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own litmus/**.litmus.expected files are herd7's outputs (litmus/regenerate-expected.sh
 * writes them), not lkmm's: herd7 must still print each of them, Time aside.
 */
class OwnExpectedOutputsTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));

    @TestFactory
    Stream<DynamicTest> herd7StillPrintsEachExpectedOutput() throws IOException {
        Herd7 herd = Herd7.standard();
        assumeTrue(herd.present(), herd::absentReason);
        try (Stream<Path> walk = Files.walk(LITMUS)) {
            return walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList().stream().map(file ->
                    DynamicTest.dynamicTest(LITMUS.relativize(file).toString(), () -> {
                        String expected = Files.readString(Path.of(file + ".expected"));
                        assertEquals(Herd7.withoutTime(expected), Herd7.withoutTime(herd.run(file, 60)),
                                "herd7's output changed: run litmus/regenerate-expected.sh and review the diff");
                    }));
        }
    }
}
