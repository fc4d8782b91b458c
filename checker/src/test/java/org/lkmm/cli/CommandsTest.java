package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands end to end: help, formats, expectations, explain, review and graphs. */
class CommandsTest {
    private static final String SB = Path.of(System.getProperty("lkmm.litmus", "../litmus"),
            "SB+fencembonceonces.litmus").toString();
    private static final String MP = Path.of(System.getProperty("lkmm.litmus", "../litmus"),
            "MP+poonceonces.litmus").toString();

    @Test
    void helpListsTheExitCodes() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("2   bad input"), r.out());
        assertTrue(r.out().contains("check") && r.out().contains("review") && r.out().contains("explain"));
        assertTrue(Cli.run("--version").out().startsWith("lkmm "));
    }

    @Test
    void tsvAndJsonCarryTheSameNumbers() {
        Cli tsv = Cli.run("check", "--format", "tsv", SB);
        assertTrue(tsv.out().lines().skip(1).findFirst().orElseThrow().contains("\tNever\t0\t3\t3\t-\t"), tsv.out());
        Cli json = Cli.run("check", "--format", "json", SB);
        assertTrue(json.out().contains("\"verdict\":\"Never\"") && json.out().contains("\"negative\":3"), json.out());
    }

    /**
     * --model picks a built-in generation by name, the newest by default; the JSON says which
     * answered; a bad name or a clash is refused.
     */
    @Test
    void aBuiltInModelIsPickedByName() {
        String test = "../litmus/models/MP+release-sequence-rmw.litmus";
        Cli old = Cli.run("check", "--model", "6.1", "--format", "json", test);
        assertTrue(old.out().contains("\"model\":\"Linux 6.1 (built-in)\"") && old.out().contains("\"verdict\":\"Sometimes\""),
                old.out());
        assertTrue(Cli.run("check", "--format", "json", test).out().contains("\"model\":\"Linux mainline, lkmmv2 (built-in)\""));
        for (String name : new String[] {"6.12", "mainline", "lkmmv2"}) {
            Cli r = Cli.run("check", "--model", name, "--format", "json", test);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("\"verdict\":\"Never\""), name + ": " + r.out());
        }
        assertTrue(Cli.run("check", "--model", "mainline", "--format", "json", test).out()
                .contains("\"model\":\"Linux mainline, lkmmv2 (built-in)\""));
        Cli unknown = Cli.run("check", "--model", "7.0", test);
        assertEquals(2, unknown.exit());
        assertEquals("lkmm check: no built-in model '7.0': the built-in models are 6.1, 6.12 or mainline\n", unknown.err());
        Cli both = Cli.run("check", "--model", "6.12", "-conf", "linux-kernel.cfg", test);
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("--model and -conf both say which model to use"), both.err());
    }

    @Test
    void expectFailsWhenTheResultLineDisagrees(@TempDir Path dir) throws Exception {
        Path wrong = dir.resolve("wrong.litmus");
        Files.writeString(wrong, Files.readString(Path.of(SB)).replace("Result: Never", "Result: Sometimes"));
        Cli r = Cli.run("check", "--expect", wrong.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("expected Sometimes, got Never"), r.err());
    }

    @Test
    void explainAndCheckWriteGraphs(@TempDir Path dir) throws Exception {
        Path forbidden = dir.resolve("sb.dot");
        assertEquals(0, Cli.run("explain", "--graph", forbidden.toString(), SB).exit());
        String dot = Files.readString(forbidden);
        assertTrue(dot.startsWith("digraph") && dot.contains("cluster_P1") && dot.contains("penwidth=2.5"), dot);
        Path witness = dir.resolve("mp.dot");
        assertEquals(0, Cli.run("check", "--graph", witness.toString(), MP).exit());
        assertTrue(Files.readString(witness).contains("(witness)"));
    }

    @Test
    void benchCsvHasOneMeasuredRowPerTestInBothSearches() {
        for (String search : new String[] {"--timeout=10", "--exhaustive"}) {
            Cli r = Cli.run("bench", "--csv", search, SB, MP);
            assertEquals(0, r.exit(), r.err());
            var lines = r.out().lines().toList();
            assertEquals("file,seconds,executions,allowed,alloc_mib,verdict,herd_seconds", lines.get(0));
            String[] sb = lines.get(1).split(",", -1);
            assertEquals(SB, sb[0]);
            assertEquals("4", sb[2], "candidates built");
            assertEquals("3", sb[3], "allowed");
            assertTrue(Long.parseLong(sb[4]) >= 0, "allocated MiB measured");
            assertEquals("Never", sb[5]);
            assertTrue(lines.get(2).startsWith(MP + ","), lines.get(2));
        }
    }

    @Test
    void checkExhaustiveGivesTheSameBlock() {
        assertEquals(Cli.run("check", "--no-time", SB).out(), Cli.run("check", "--no-time", "--exhaustive", SB).out());
    }

    @Test
    void reviewJsonNamesEachSite() {
        Cli r = Cli.run("review", "--format", "json", SB);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"primitive\":\"smp_mb\"") && r.out().contains("\"status\":\"NEEDED\"")
                && r.out().contains("\"minimalSetExact\":true"), r.out());
        // JSON Lines, as check prints: each line one whole object
        r.out().lines().filter(l -> !l.isBlank())
                .forEach(l -> assertTrue(com.google.gson.JsonParser.parseString(l).isJsonObject(), l));
    }
}
