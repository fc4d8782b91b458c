package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs at the edge of what herd7 accepts, with herd7 7.58's answers for these files. Names only
 * the condition uses: herd7 reads 0; lkmm gives the same answer and warns, since a typo looks
 * like this. -2147483648 is one constant for herd7's lexer. An empty process body herd7 refuses,
 * and so does lkmm.
 */
class AcceptedAsHerd7Test {
    private static Path test(Path dir, String name, String body, String condition) throws Exception {
        return Files.writeString(dir.resolve(name + ".litmus"),
                "C " + name + "\n{}\nP0(int *x)\n{\n" + body + "\n}\n" + condition + "\n");
    }

    @Test
    void anUndeclaredRegisterReadsZero(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("check", "--no-time", test(dir, "undeclreg", "\tWRITE_ONCE(*x, 1);", "exists (0:r9=0)").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("States 1\n0:r9=0;\nOk\n"), r.out());
        assertTrue(r.out().contains("Observation undeclreg Always 1 0"), r.out());
        assertTrue(r.err().contains("undeclreg.litmus:7:9: warning: P0 has no register 'r9'"), r.err());
    }

    @Test
    void aVariableNoProcessNamesReadsItsInitialValue(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("check", "--no-time", test(dir, "unnamedglobal", "\tWRITE_ONCE(*x, 1);", "exists (y=0)").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("States 1\n[y]=0;\nOk\n"), r.out());
        assertTrue(r.out().contains("Condition exists ([y]=0)\nObservation unnamedglobal Always 1 0"), r.out());
        assertTrue(r.err().contains("warning: no process or init entry declares 'y'"), r.err());
    }

    /**
     * herd7 reads "U:r0" as one name where U is no process P<n>: a location of its own (herd7's
     * tagged location), 0 unless the init block sets it. herd7 7.58 on these files: Sometimes 1 1
     * with [U:r0]=0 in each state, Hash=e59ecd1ce5c0562f27067c6594fcd935; with {U:r0=1;}, Always 1 0.
     */
    @Test
    void aNameWithAColonIsALocationOfItsOwn(@TempDir Path dir) throws Exception {
        Path t = Files.writeString(dir.resolve("tagged.litmus"), "C u\n{}\nP0(int *x) { int r0; r0 = READ_ONCE(*x); }\n"
                + "P1(int *x) { WRITE_ONCE(*x, 1); }\nexists (U:r0=1 \\/ 0:r0=1)\n");
        Cli r = Cli.run("check", "--no-time", t.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("States 2\n0:r0=0; [U:r0]=0;\n0:r0=1; [U:r0]=0;\nOk\n"), r.out());
        assertTrue(r.out().contains("Condition exists ([U:r0]=1 \\/ 0:r0=1)\nObservation u Sometimes 1 1\n"
                + "Hash=e59ecd1ce5c0562f27067c6594fcd935"), r.out());
        Path init = Files.writeString(dir.resolve("tagged-init.litmus"), "C u\n{U:r0=1;}\n"
                + "P0(int *x) { WRITE_ONCE(*x, 1); }\nexists (U:r0=1)\n");
        Cli r2 = Cli.run("check", "--no-time", init.toString());
        assertEquals(0, r2.exit(), r2.err());
        assertTrue(r2.out().contains("Observation u Always 1 0"), r2.out());
    }

    @Test
    void theSmallestIntIsOneConstant(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("check", "--no-time", test(dir, "minint", "\tWRITE_ONCE(*x, -2147483648);",
                "exists (x=-2147483648)").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Observation minint Always 1 0"), r.out());
        // herd7: "unexpected '-'" for a minus that is not part of a constant
        for (String minus : new String[] {"- 5", "-(5)", "-r0"}) {
            Cli r2 = Cli.run("check", test(dir, "minus", "\tint r0 = 1;\n\tWRITE_ONCE(*x, " + minus + ");", "exists (x=0)")
                    .toString());
            assertEquals(2, r2.exit(), minus);
            assertTrue(r2.err().contains("unexpected '-'"), r2.err());
        }
    }

    /**
     * herd7 reads bytes: a Latin-1 byte in a comment is comment text (herd7: Observation latin1
     * Always 1 0, Hash=cbcafac5a0a7652cf67190591277929b); in code or in the test's name, which it
     * prints byte for byte, lkmm refuses it.
     */
    @Test
    void bytesThatAreNotUtf8InACommentAreCommentText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.litmus");
        byte[] text = "C latin1\n\n{}\n\nP0(int *x) // caf\u00e9\n{\n\tWRITE_ONCE(*x, 1);\n}\n\nexists (x=1)\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(f, text);
        Cli r = Cli.run("check", "--no-time", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Observation latin1 Always 1 0\nHash=cbcafac5a0a7652cf67190591277929b"), r.out());
        Files.write(f, "C latin1\n\n{}\n\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1); caf\u00e9\n}\n\nexists (x=1)\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli code = Cli.run("check", f.toString());
        assertEquals(2, code.exit(), code.out());
        assertTrue(code.err().contains("latin1.litmus:7:24: error: byte 0xe9 is not UTF-8 text"), code.err());
    }

    /** herd7 reads a test's name up to a NUL byte in it: Test nul Allowed ... Observation nul Always 1 0. */
    @Test
    void aNulByteEndsTheName(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("nulname.litmus"), "C nul\0name\n{}\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n}\nexists (x=1)\n");
        Cli r = Cli.run("check", "--no-time", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Test nul Allowed\n"), r.out());
        assertTrue(r.out().contains("Observation nul Always 1 0"), r.out());
    }

    /** herd7: Observation nulc Always 1 0; Observation trail Always 1 0 (Hash as herd7 prints it). */
    @Test
    void aNulByteInACommentAndATrailingCommaAfterTheParameters(@TempDir Path dir) throws Exception {
        Cli nul = Cli.run("check", "--no-time", test(dir, "nulc", "\t// a\0b\n\tWRITE_ONCE(*x, 1);", "exists (x=1)").toString());
        assertEquals(0, nul.exit(), nul.err());
        assertTrue(nul.out().contains("Observation nulc Always 1 0"), nul.out());
        Path trail = Files.writeString(dir.resolve("trail.litmus"),
                "C trail\n{}\nP0(int *x,)\n{\n\tWRITE_ONCE(*x, 1);\n}\nexists (x=1)\n");
        Cli t = Cli.run("check", "--no-time", trail.toString());
        assertEquals(0, t.exit(), t.err());
        assertTrue(t.out().contains("Observation trail Always 1 0\nHash=cbcafac5a0a7652cf67190591277929b"), t.out());
        Cli outside = Cli.run("check", test(dir, "nulcode", "\tWRITE_ONCE(*x, 1);\0", "exists (x=1)").toString());
        assertEquals(2, outside.exit());
        assertTrue(outside.err().contains("binary data (NUL byte)"), outside.err());
    }

    @Test
    void anEmptyBodyIsRefused(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("check", test(dir, "empty", "", "exists (x=0)").toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("empty.litmus:3:1: error: P0 has an empty body"), r.err());
    }
}
