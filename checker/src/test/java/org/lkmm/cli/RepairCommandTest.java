package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review --repair end to end: the fix as edited lines, its re-check, --want, --costs, JSON and exit codes. */
class RepairCommandTest {
    private static final Path LITMUS = Path.of(System.getProperty("lkmm.litmus", "../litmus"));
    private static final String NO_MB = LITMUS.resolve("swiotlb/swiotlb-new-pool-no-mb.litmus").toString();

    @Test
    void theMapperWithoutItsBarrierIsRepairedByAReleaseOfTheBuffer() {
        Cli r = Cli.run("review", "--repair", "--want", "Never", NO_MB);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("""
                  1 cheapest fix, cost 2 (exact, 10 candidates checked):
                  fix 1: WRITE_ONCE -> smp_store_release at line 35
                    re-checked: Never 0 6, no flags
                    line 35   - WRITE_ONCE(*buf, r1);			/* driver passes the buffer on */
                              + smp_store_release(buf, r1);			/* driver passes the buffer on */
                """), r.out());
    }

    @Test
    void withoutWantTheResultLineDecidesAndSometimesAsksForNothing() {
        Cli r = Cli.run("review", "--repair", NO_MB);
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("nothing to repair: Result: Sometimes does not ask"), r.out());
    }

    @Test
    void costsFromAFileChangeWhatIsCheapest(@TempDir Path dir) throws Exception {
        Path costs = dir.resolve("costs");
        Files.writeString(costs, "# releases are dear here\nrelease 9\n");
        Cli r = Cli.run("review", "--repair", "--want", "Never", "--costs", costs.toString(), "--format", "json", NO_MB);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"cost\":4") && r.out().contains("\"to\":\"smp_mb\""), r.out());
        Files.writeString(costs, "fence 9\n");
        Cli bad = Cli.run("review", "--repair", "--costs", costs.toString(), NO_MB);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("unknown class of ordering 'fence'"), bad.err());
    }

    @Test
    void aTestNothingCanRepairExitsOneAndOnlyNeverCanBeWanted() {
        Cli r = Cli.run("review", "--repair", "--want", "Never", LITMUS.resolve("swiotlb/swiotlb-area-nolock.litmus").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("no fix: with every strengthening at once it is still Sometimes"), r.out());
        assertEquals(2, Cli.run("review", "--repair", "--want", "Always", NO_MB).exit());
    }
}
