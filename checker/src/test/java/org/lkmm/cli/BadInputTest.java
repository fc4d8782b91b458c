package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad/NAME.litmus must fail with exit code 2 and exactly the one line in
 * NAME.litmus.expected-failure on stderr, nothing on stdout and no stack trace.
 */
class BadInputTest {
    private static final Path BAD = Path.of("src/test/resources/bad");

    @TestFactory
    Stream<DynamicTest> badFilesGetOneLocatedError() throws IOException {
        return Files.list(BAD).filter(p -> p.toString().endsWith(".litmus")).sorted().map(file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String expected = Files.readString(Path.of(file + ".expected-failure")).strip();
                    Cli r = Cli.run("check", file.toString());
                    assertEquals(2, r.exit(), r.err());
                    assertEquals(expected, r.err().strip());
                    assertEquals("", r.out());
                }));
    }

    @Test
    void missingFileIsBadInput() {
        Cli r = Cli.run("check", "no/such/file.litmus");
        assertEquals(2, r.exit());
        assertEquals("no/such/file.litmus:0:0: error: no such file", r.err().strip());
    }

    @Test
    void crlfLineEndingsParse(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("crlf.litmus");
        Files.writeString(f, "C crlf\r\n\r\n{}\r\n\r\nP0(int *x)\r\n{\r\n\tWRITE_ONCE(*x, 1);\r\n}\r\n\r\nexists (x=1)\r\n");
        Cli r = Cli.run("check", "--no-time", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Observation crlf Always 1 0"), r.out());
    }

    @Test
    void hugeFileIsHandledWithoutCrash(@TempDir Path dir) throws IOException {
        StringBuilder b = new StringBuilder("C huge\n\n{}\n\nP0(int *x)\n{\n");
        for (int i = 0; i < 200_000; i++) {
            b.append("\tbarrier();\n");
        }
        b.append("\tWRITE_ONCE(*x, 1);\n}\n\nexists (x=1\n");
        Path f = dir.resolve("huge.litmus");
        Files.writeString(f, b);
        Cli r = Cli.run("check", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().strip().matches(".*huge.litmus:200011:1: error: unexpected end of file.*"), r.err());
    }

    @Test
    void aTestBeyondTheBudgetIsReportedNotGuessed(@TempDir Path dir) throws IOException {
        // 18 reads of a location with three values, each observed: 3^18 ways for P1 to run
        StringBuilder b = new StringBuilder("C too-large\n\n{}\n\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n\tWRITE_ONCE(*x, 2);\n}\n\n");
        b.append("P1(int *x)\n{\n");
        StringBuilder observed = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            b.append("\tint r").append(i).append(" = READ_ONCE(*x);\n");
            observed.append(i == 0 ? "" : " /\\ ").append("1:r").append(i).append("=1");
        }
        b.append("}\n\nexists (").append(observed).append(")\n");
        Path f = dir.resolve("too-large.litmus");
        Files.writeString(f, b);
        Cli r = Cli.run("check", f.toString());
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("beyond the checker's budget"), r.err());
        assertEquals("", r.out());
    }
}
