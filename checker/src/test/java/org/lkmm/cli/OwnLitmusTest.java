package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lkmm.differential.Herd7;

/**
 * The project's own litmus tests (litmus/ at the repository root): each must meet its Result:
 * line (lkmm check --expect) and print exactly the herd-format block in NAME.litmus.expected,
 * under the default model (mainline's); under Linux 6.1's and 6.12's files (-conf, answered by
 * the built-in model's generations) the block in NAME.litmus.expected-6.1 or -6.12 where there
 * is one, else the same block.
 */
class OwnLitmusTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));
    private static final List<String> OTHER_MODELS = List.of("6.1", "6.12");

    @TestFactory
    Stream<DynamicTest> ownTestsMeetResultAndExpectedOutput() throws IOException {
        return ownTests().stream().map(file ->
                DynamicTest.dynamicTest(LITMUS.relativize(file).toString(), () -> {
                    Cli r = Cli.run("check", "--expect", "--no-time", file.toString());
                    assertEquals(0, r.exit(), r.err());
                    assertEquals(Files.readString(Path.of(file + ".expected")), r.out());
                }));
    }

    @TestFactory
    Stream<DynamicTest> ownTestsGiveEachModelsExpectedOutput() throws IOException {
        List<Path> tests = ownTests();
        return OTHER_MODELS.stream().flatMap(model -> {
            Path cfg = Herd7.SHARED.resolve("reference/linux-memory-model" + (model.equals("6.1") ? "" : "-" + model)
                    + "/linux-kernel.cfg");
            return tests.stream().map(file -> DynamicTest.dynamicTest(model + ": " + LITMUS.relativize(file), () -> {
                assumeTrue(Files.isRegularFile(cfg), () -> cfg + " not found (../shared beside the repository)");
                Path own = Path.of(file + ".expected-" + model);
                Path expected = Files.exists(own) ? own : Path.of(file + ".expected");
                Cli r = Cli.run("check", "--no-time", "-conf", cfg.toString(), file.toString());
                assertEquals(0, r.exit(), r.err());
                assertEquals(Files.readString(expected), r.out(), "under " + cfg + ", as " + expected.getFileName());
            }));
        });
    }

    private static List<Path> ownTests() throws IOException {
        try (Stream<Path> walk = Files.walk(LITMUS)) {
            return walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList();
        }
    }
}
