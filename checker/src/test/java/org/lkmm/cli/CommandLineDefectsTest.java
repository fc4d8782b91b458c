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

    /**
     * A timed-out test frees its core: four tests of 20 s and more each, with --timeout 1 on two
     * cores, are four TIMEOUT rows after about two seconds, and the quick test after them still
     * runs. Were the timed-out work left running, the batch would take a minute or more.
     */
    @Test
    void aTimeoutFreesItsCoreForTheRestOfTheBatch(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("heavy" + i + ".litmus"), heavy(i));
        }
        Files.copy(Path.of(MP), dir.resolve("quick.litmus"));
        long start = System.nanoTime();
        Cli r = Cli.run("check", "--timeout", "1", "-j", "2", "--format", "tsv", dir.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(5 + 1, r.out().lines().count(), r.out());
        assertEquals(4, r.out().lines().filter(l -> l.contains("\tTIMEOUT\t")).count(), r.out());
        assertTrue(r.out().contains("quick.litmus\tSometimes\t"), r.out());
        assertTrue(seconds < 30, "the batch took " + seconds + " s: timed-out work kept its core");
    }

    /** Four threads, three write-read-write rounds each: tens of seconds of candidates, within the budget. */
    private static String heavy(int seed) {
        StringBuilder b = new StringBuilder("C heavy" + seed + "\n{}\n");
        for (int p = 0; p < 4; p++) {
            b.append("P").append(p).append("(int *x, int *y)\n{\n\tint r0;\n\tint r1;\n\tint r2;\n");
            for (int k = 0; k < 3; k++) {
                int v = 100 * seed + p * 10 + k + 1;
                b.append("\tWRITE_ONCE(*x, ").append(v).append(");\n\tr").append(k).append(" = READ_ONCE(*y);\n")
                        .append("\tWRITE_ONCE(*y, ").append(v).append(");\n");
            }
            b.append("}\n\n");
        }
        return b.append("exists (x=1)\n").toString();
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

    /** A folder with no test in it is a mistake, not a run that checked nothing and exited 0. */
    @Test
    void aFolderWithNoTestIsAnErrorAloneAndAWarningBesideTests(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (String command : new String[] {"check", "review", "bench"}) {
            Cli alone = Cli.run(command, empty.toString());
            assertEquals(2, alone.exit(), command + ": " + alone.err());
            assertTrue(alone.err().contains(empty + ": error: no .litmus file"), alone.err());
        }
        Cli beside = Cli.run("check", "--no-time", empty.toString(), MP);
        assertEquals(0, beside.exit(), beside.err());
        assertTrue(beside.err().contains(empty + ": warning: no .litmus file"), beside.err());
        assertTrue(beside.out().contains("Observation MP+poonceonces Sometimes"), beside.out());
        Cli nothing = Cli.run("bench");
        assertEquals(2, nothing.exit());
        assertTrue(nothing.err().contains("nothing to time"), nothing.err());
    }

    /** --graph: a file it cannot write is an error before any work, or after it, never silence. */
    @Test
    void graphFilesAreWrittenOrTheRunSaysWhyNot(@TempDir Path dir) throws Exception {
        for (String command : new String[] {"check", "explain"}) {
            Cli png = Cli.run(command, "--graph", dir.resolve("x.png").toString(), MP);
            assertEquals(2, png.exit(), command);
            assertTrue(png.err().contains("--graph writes FILE.dot (or FILE.gv) or FILE.svg, not .png"), png.err());
            assertTrue(png.out().isEmpty(), "refused before the test runs: " + png.out());
            assertTrue(!Files.exists(dir.resolve("x.png")));
            Cli missing = Cli.run(command, "--graph", dir.resolve("no/x.dot").toString(), MP);
            assertEquals(2, missing.exit(), command);
            assertTrue(missing.err().contains("cannot write the graph: no such file or directory"), missing.err());
            Cli written = Cli.run(command, "--graph", dir.resolve(command + ".dot").toString(), MP);
            assertEquals(0, written.exit(), written.err());
            assertTrue(Files.readString(dir.resolve(command + ".dot")).startsWith("digraph"));
        }
        Cli two = Cli.run("check", "--graph", dir.resolve("two.dot").toString(), MP, MP);
        assertEquals(2, two.exit());
        assertTrue(two.err().contains("--graph needs exactly one test (got 2)"), two.err());
        assertTrue(two.out().isEmpty(), two.out());
        Path never = dir.resolve("never.litmus");
        Files.writeString(never, "C never\n{}\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n}\nexists (x=2)\n");
        Cli none = Cli.run("explain", "--graph", dir.resolve("none.dot").toString(), never.toString());
        assertEquals(0, none.exit(), none.err());
        assertTrue(none.err().contains("no execution produces the outcome, so no graph written"), none.err());
        Cli page = Cli.run("explain", "--html", dir.toString(), MP);
        assertEquals(2, page.exit());
        assertTrue(page.err().contains("cannot write the page"), page.err());
    }
}
