package org.lkmm.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own litmus/**.litmus.expected files are herd7's outputs (litmus/regenerate-expected.sh
 * writes them), not lkmm's: herd7 must still print each of them under mainline's model, Time
 * aside (and each NAME.litmus.expected-6.1 or -6.12 under that model's folder).
 */
class OwnExpectedOutputsTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));

    @TestFactory
    Stream<DynamicTest> herd7StillPrintsEachExpectedOutput() throws IOException {
        Herd7 herd = new Herd7(Herd7.standard().binary(), Herd7.SHARED.resolve("reference/linux-memory-model-master"));
        assumeTrue(herd.present(), herd::absentReason);
        return ownTests().stream().map(file ->
                DynamicTest.dynamicTest(LITMUS.relativize(file).toString(), () -> {
                    String expected = Files.readString(Path.of(file + ".expected"));
                    assertEquals(Herd7.withoutTime(expected), Herd7.withoutTime(herd.run(file, 60)),
                            "herd7's output changed: run litmus/regenerate-expected.sh and review the diff");
                }));
    }

    /** Under 6.1's and 6.12's folders: NAME.litmus.expected-MODEL where herd7's output differs from mainline's. */
    @TestFactory
    Stream<DynamicTest> herd7StillPrintsEachModelsExpectedOutput() throws IOException {
        List<Path> tests = ownTests();
        return Stream.of("6.1", "6.12").flatMap(model -> {
            Herd7 herd = new Herd7(Herd7.standard().binary(), Herd7.SHARED.resolve("reference/linux-memory-model"
                    + (model.equals("6.1") ? "" : "-" + model)));
            return tests.stream().map(file -> DynamicTest.dynamicTest(model + ": " + LITMUS.relativize(file), () -> {
                assumeTrue(herd.present(), herd::absentReason);
                Path own = Path.of(file + ".expected-" + model);
                String expected = Files.readString(Files.exists(own) ? own : Path.of(file + ".expected"));
                assertEquals(Herd7.withoutTime(expected), Herd7.withoutTime(herd.run(file, 60)),
                        "herd7's output under " + model + " changed: run litmus/regenerate-expected.sh and review the diff");
            }));
        });
    }

    private static List<Path> ownTests() throws IOException {
        try (Stream<Path> walk = Files.walk(LITMUS)) {
            return walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
    }
}
