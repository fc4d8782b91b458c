package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests nested as deep as herd7 takes them get herd7's answers, from every command, without a stack trace. */
class DeepNestingTest {
    /** 10,000 nested if (1) { ... }: herd7 says Always 1 0. */
    private static String deepIfs() {
        int n = 10_000;
        return "C deep\n{}\nP0(int *x)\n{\n" + "if (1) {".repeat(n) + "WRITE_ONCE(*x, 1);" + "}".repeat(n)
                + "\n}\nexists (x=1)\n";
    }

    /** A sum of 50,001 terms: herd7 says Never 0 1 (x is 50,001). */
    private static String longSum() {
        return "C sum\n{}\nP0(int *x)\n{\n\tint r0 = 0" + " + 1".repeat(50_000) + ";\n\tWRITE_ONCE(*x, r0);\n}\nexists (x=1)\n";
    }

    @Test
    void checkAnswersAsHerd7(@TempDir Path dir) throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.litmus"), deepIfs());
        Path sum = Files.writeString(dir.resolve("sum.litmus"), longSum());
        Cli r = Cli.run("check", "--no-time", deep.toString(), sum.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Observation deep Always 1 0"), r.out());
        assertTrue(r.out().contains("Observation sum Never 0 1"), r.out());
    }

    /** review and explain run on the main command thread, which Main gives the same deep stack. */
    @Test
    void reviewAndExplainToo(@TempDir Path dir) throws Exception {
        Path deep = Files.writeString(dir.resolve("deep.litmus"), deepIfs());
        Cli[] got = new Cli[2];
        Thread t = new Thread(null, () -> {
            got[0] = Cli.run("review", deep.toString());
            got[1] = Cli.run("explain", deep.toString());
        }, "deep", Batch.WORKER_STACK_BYTES);
        t.start();
        t.join();
        for (Cli r : got) {
            assertEquals(0, r.exit(), r.err());
            assertTrue(!r.err().contains("\tat "), r.err());
        }
    }
}
