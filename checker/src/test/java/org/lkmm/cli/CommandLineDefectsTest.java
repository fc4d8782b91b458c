package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** Small promises of the command line: durations, job counts, rows of every format, help. */
class CommandLineDefectsTest {
    private static final String MP = Path.of(System.getProperty("lkmm.litmus", "../litmus"), "MP+poonceonces.litmus")
            .toString();

    /**
     * picocli wraps each line of a description at its usage width (80) on its own: a longer line
     * leaves a stub of a word or two on a line of its own in --help.
     */
    @Test
    void helpDescriptionsFitTheUsageWidth() {
        for (var sub : Main.commandLine().getSubcommands().entrySet()) {
            for (String line : sub.getValue().getCommandSpec().usageMessage().description()) {
                assertTrue(line.length() <= 80, sub.getKey() + ": description line of " + line.length()
                        + " characters: " + line);
            }
        }
    }

    @Test
    void durationsAsHerdAndTheKernelScriptsWriteThem() {
        Seconds s = new Seconds();
        assertEquals(30.0, s.convert("30"));
        assertEquals(30.0, s.convert("30s"));
        assertEquals(60.0, s.convert("1m"));
        assertEquals(7200.0, s.convert("2h"));
        assertEquals(2.5, s.convert("2.5"));
        assertThrows(TypeConversionException.class, () -> s.convert("-1"));
        assertThrows(TypeConversionException.class, () -> s.convert("soon"));
        assertEquals(0, Cli.run("check", "--timeout", "1m", MP).exit());
        assertEquals(2, Cli.run("check", "--timeout", "-5", MP).exit());
    }

    @Test
    void jobsBelowOneAreRefused() {
        for (String j : new String[] {"0", "-3"}) {
            Cli r = Cli.run("check", "-j", j, MP);
            assertEquals(2, r.exit());
            assertTrue(r.err().contains("-j"), r.err());
        }
    }

    /** A file name with a tab stays one TSV field. */
    @Test
    void tsvEscapesTabsInFileNames(@TempDir Path dir) throws Exception {
        Path odd = dir.resolve("a\tb.litmus");
        Files.copy(Path.of(MP), odd);
        Cli r = Cli.run("check", "--format", "tsv", odd.toString());
        String row = r.out().lines().skip(1).findFirst().orElseThrow();
        assertEquals(7, row.split("\t", -1).length, row);
        assertTrue(row.startsWith(dir.toString().replace("\t", "\\t") + "/a\\tb.litmus\t"), row);
    }

    @Test
    void helpAsASubcommand() {
        Cli r = Cli.run("help", "check");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("--timeout"), r.out());
    }
}
