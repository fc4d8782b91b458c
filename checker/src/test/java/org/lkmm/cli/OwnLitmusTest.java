package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's own litmus tests (litmus/ at the repository root): each must meet its Result:
 * line (lkmm check --expect) and print exactly the herd-format block in NAME.litmus.expected.
 */
class OwnLitmusTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));

    @TestFactory
    Stream<DynamicTest> ownTestsMeetResultAndExpectedOutput() throws IOException {
        try (Stream<Path> walk = Files.walk(LITMUS)) {
            return walk.filter(p -> p.toString().endsWith(".litmus")).sorted().toList().stream().map(file ->
                    DynamicTest.dynamicTest(LITMUS.relativize(file).toString(), () -> {
                        Cli r = Cli.run("check", "--expect", "--no-time", file.toString());
                        assertEquals(0, r.exit(), r.err());
                        assertEquals(Files.readString(Path.of(file + ".expected")), r.out());
                    }));
        }
    }
}
