package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lkmm herd7: herd7's command line and output, and the kernel's own scripts running on it. */
class Herd7CommandTest {
    private static final Path SHARED = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus")).getParent();
    private static final Path CORPUS = SHARED.resolve("litmus");

    private static Path cfg(String folder) {
        Path cfg = SHARED.resolve("reference").resolve(folder).resolve("linux-kernel.cfg");
        assumeTrue(Files.isRegularFile(cfg), () -> cfg + " not found (../shared sits beside the repository in CI)");
        return cfg;
    }

    private static String withoutTime(String text) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("Time ")) {
                b.append(line).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    @Test
    void givesHerdsWholeOutputUnderTheModelItIsGiven() throws IOException {
        for (String model : List.of("6.12", "master")) {
            String folder = model.equals("6.12") ? "linux-memory-model-6.12" : "linux-memory-model-master";
            for (String test : List.of("paulmckrcu/manual/kernel/C-srcu-nest-5.litmus",
                    "dat3m/litmus/LKMM/tree/dep_plain.litmus", "kernel/litmus-tests/MP+pooncerelease+poacquireonce.litmus")) {
                Path herd = CORPUS.resolve("herd7-output/" + model + "/" + test + ".out");
                assumeTrue(Files.isRegularFile(herd), () -> herd + " not found");
                Cli r = Cli.run("herd7", "-conf", cfg(folder).toString(), CORPUS.resolve(test).toString());
                assertEquals(0, r.exit(), r.err());
                assertEquals(withoutTime(Files.readString(herd)), withoutTime(r.out()), model + " " + test);
                assertTrue(r.out().contains("\nTime "), "herd7 prints a Time line");
            }
        }
    }

    @Test
    void unknownMacroIsHerdsUserErrorWhichJudgelitmusReads(@TempDir Path dir) throws IOException {
        Path t = dir.resolve("t.litmus");
        Files.writeString(t, "C t\n{}\nP0(int *x)\n{\n\tFOO_ONCE(*x, 1);\n}\nexists (x=1)\n");
        Cli r = Cli.run("herd7", "-conf", cfg("linux-memory-model").toString(), t.toString());
        assertEquals("", r.out());
        assertEquals("Warning: File \"" + t + "\": Unknown macro FOO_ONCE (User error)\n", r.err());
        assertEquals(0, r.exit(), "herd7 exits 0 on a user error");
    }

    @Test
    void anOptionLkmmDoesNotReproduceIsRefusedByName() {
        for (String[] args : List.of(new String[] {"herd7", "-o", "/tmp", "x.litmus"},
                new String[] {"herd7", "-speedcheck", "sometimes", "x.litmus"}, new String[] {"herd7", "-unroll", "many",
                    "x.litmus"}, new String[] {"herd7", "-bogus", "x.litmus"},
                new String[] {"herd7", "-variant", "lkmmv2", "x.litmus"})) {
            Cli r = Cli.run(args);
            assertEquals(2, r.exit());
            assertTrue(r.err().contains(args[1]), r.err());
        }
    }

    @Test
    void skipchecksDropsTheNamedAxiomOfTheBuiltInModel() {
        Path t = CORPUS.resolve("kernel/litmus-tests/MP+pooncerelease+poacquireonce.litmus");
        assumeTrue(Files.isRegularFile(t));
        Cli r = Cli.run("herd7", "-conf", cfg("linux-memory-model").toString(), "-skipchecks", "happens-before", t.toString());
        assertTrue(r.out().contains("Observation MP+pooncerelease+poacquireonce Sometimes 1 3"), r.out());
    }

    /** The axiom is dropped from the files' own generation: under 6.12, rmw-sequence still forbids (herd7: Never 0 9). */
    @Test
    void skipchecksKeepsTheFilesGeneration() {
        Path t = Path.of("../litmus/models/MP+release-sequence-rmw.litmus");
        Cli r = Cli.run("herd7", "-conf", cfg("linux-memory-model-6.12").toString(), "-skipchecks", "propagation", t.toString());
        assertTrue(r.out().contains("Observation MP+release-sequence-rmw Never 0 9"), r.out());
        Cli old = Cli.run("herd7", "-conf", cfg("linux-memory-model").toString(), "-skipchecks", "propagation", t.toString());
        assertTrue(old.out().contains("Observation MP+release-sequence-rmw Sometimes 1 9"), old.out());
    }

    /**
     * lkmm as the herd7 on PATH, as the launcher runs it: a small client (this build's classes)
     * sending each command line to a server started in the scripts' folder. Every script run with
     * it is also a test of the server: what herd7 prints, the server must print.
     */
    private record LkmmAsHerd7(Path bin, Process server) implements AutoCloseable {
        static LkmmAsHerd7 in(Path dir, Path folder) throws IOException, InterruptedException {
            Path bin = Files.createDirectories(dir.resolve("lkmm-bin"));
            Path socket = dir.resolve("lkmm.sock");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("java.class.path");
            Process server = new ProcessBuilder(java, "-cp", cp, "org.lkmm.cli.Server", socket.toString(), "600")
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile())
                    .start();
            for (int i = 0; i < 1000 && !Files.exists(socket) && server.isAlive(); i++) {
                Thread.sleep(10);
            }
            assertTrue(Files.exists(socket), "the server listens on " + socket);
            Path herd7 = bin.resolve("herd7");
            Files.writeString(herd7, "#!/bin/sh\nexec '" + java + "' -Xshare:auto -cp '" + cp + "' org.lkmm.cli.Client '"
                    + socket + "' herd7 \"$@\"\n");
            assertTrue(herd7.toFile().setExecutable(true));
            return new LkmmAsHerd7(bin, server);
        }

        @Override
        public void close() throws InterruptedException {
            assertTrue(server.isAlive(), "the server served the whole run");
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String sh(Path cwd, Path bin, String script, Path destdir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", script).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        pb.environment().put("LKMM_DESTDIR", destdir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** The kernel's checkalllitmus.sh, with lkmm as the herd7 on PATH, over 6.12's litmus-tests. */
    @Test
    void theKernelsCheckalllitmusPassesWithLkmmAsHerd7(@TempDir Path dir) throws Exception {
        Path tree = cfg("linux-memory-model-6.12").getParent();
        assumeTrue(Files.isRegularFile(tree.resolve("scripts/checkalllitmus.sh")), "no scripts/ in the 6.12 tree");
        String out;
        try (LkmmAsHerd7 lkmm = LkmmAsHerd7.in(dir, tree)) {
            out = sh(tree, lkmm.bin(), "scripts/checkalllitmus.sh", Files.createDirectories(dir.resolve("out")));
        }
        assertTrue(out.contains("All litmus tests verified as was expected."), out);
    }

    /**
     * The history scripts: initlitmushist.sh run with herd7 itself, then checklitmushist.sh with
     * lkmm as herd7, on the corpus's kernel tests as the "litmus" repository: every test's whole
     * output (its /usr/bin/time lines and Time aside, as cmplitmushist.sh compares) is herd7's.
     */
    @Test
    void theHistoryScriptsFindEveryOutputExactlyHerds(@TempDir Path dir) throws Exception {
        Path tree = cfg("linux-memory-model-6.12").getParent();
        Path herd = SHARED.resolve("tools/herd7/herd7");
        assumeTrue(Files.isExecutable(herd), () -> herd + " not found: no herd7 to make the history with");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "the kernel's scripts time herd7 with /usr/bin/time");
        Path work = Files.createDirectories(dir.resolve("tools-memory-model"));
        for (String f : List.of("linux-kernel.cfg", "linux-kernel.def", "linux-kernel.bell", "linux-kernel.cat",
                "lock.cat", "cos-opt.cat", "cos.cat", "cross.cat", "stdlib.cat")) {
            Files.copy(tree.resolve(f), work.resolve(f));
        }
        Files.createSymbolicLink(work.resolve("scripts"), tree.resolve("scripts").toAbsolutePath());
        Path tests = Files.createDirectories(work.resolve("litmus"));
        List<String> names;
        try (var s = Files.list(CORPUS.resolve("kernel/litmus-tests"))) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".litmus")).sorted().toList();
        }
        for (String n : names) {
            Files.copy(CORPUS.resolve("kernel/litmus-tests").resolve(n), tests.resolve(n));
        }
        Path herdBin = Files.createDirectories(dir.resolve("herd-bin"));
        Files.createSymbolicLink(herdBin.resolve("herd7"), herd.toAbsolutePath());
        Path mselect = herdBin.resolve("mselect7");
        Files.writeString(mselect, "#!/bin/sh\ncat\n"); // herdtools' arch filter: every test here is C
        assertTrue(mselect.toFile().setExecutable(true));
        Path destdir = Files.createDirectories(dir.resolve("hist"));
        sh(work, herdBin, "scripts/initlitmushist.sh", destdir);
        String out;
        try (LkmmAsHerd7 lkmm = LkmmAsHerd7.in(dir, work)) {
            Files.copy(mselect, lkmm.bin().resolve("mselect7"));
            out = sh(work, lkmm.bin(), "scripts/checklitmushist.sh", destdir);
        }
        long exact = out.lines().filter(l -> l.startsWith("Exact output match: ")).count();
        long compared; // the scripts leave out tests with too many processes (LKMM_PROCS)
        try (var s = Files.walk(destdir)) {
            compared = s.filter(p -> p.toString().endsWith(".litmus.out.new")).count();
        }
        assertTrue(compared > names.size() / 2, "only " + compared + " of " + names.size() + " tests compared");
        assertEquals(compared, exact, out);
    }

    /** herd7's whole standard output for these options and files, run from the model folder. */
    private static String herd7(Path folder, List<String> args) throws Exception {
        Path herd = SHARED.resolve("tools/herd7/herd7");
        assumeTrue(Files.isExecutable(herd), () -> herd + " not found: nothing to compare with");
        List<String> command = new ArrayList<>(List.of(herd.toAbsolutePath().toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return out;
    }

    /**
     * -speedcheck true keeps the executions whose final state bears on the condition; fast also
     * stops at the first the model allows: on the kernel's tests, herd7's whole output, and a
     * test where the first is its search order's choice is refused rather than guessed.
     */
    @Test
    void speedcheckGivesHerdsOutput(@TempDir Path dir) throws Exception {
        Path cfg = cfg("linux-memory-model");
        List<String> tests;
        try (var s = Files.list(CORPUS.resolve("kernel/litmus-tests"))) {
            tests = s.map(p -> p.toAbsolutePath().toString()).filter(n -> n.endsWith(".litmus")).sorted().toList();
        }
        for (String mode : List.of("true", "fast")) {
            List<String> args = new ArrayList<>(List.of("-conf", "linux-kernel.cfg", "-speedcheck", mode));
            args.addAll(tests);
            String herd = herd7(cfg.getParent(), args);
            List<String> ours = new ArrayList<>(List.of("herd7", "-conf", cfg.toString(), "-speedcheck", mode));
            ours.addAll(tests);
            Cli r = Cli.run(ours.toArray(String[]::new));
            assertEquals(withoutTime(herd), withoutTime(r.out()), "-speedcheck " + mode);
            assertTrue(r.out().contains(" Always 1 0\n"), "an exists test seen through its witness alone");
        }
        Path open = dir.resolve("open.litmus");
        Files.writeString(open, "C open\n{}\nP0(int *x)\n{\n\tWRITE_ONCE(*x, 1);\n}\nP1(int *x)\n{\n\tint r0;\n"
                + "\tint r1;\n\tr0 = READ_ONCE(*x);\n\tr1 = READ_ONCE(*x);\n}\nexists (1:r1=1)\n");
        Cli fast = Cli.run("herd7", "-conf", cfg.toString(), "-speedcheck", "fast", open.toString());
        assertEquals("", fast.out());
        assertTrue(fast.err().contains("which one herd7 prints is its search order's choice"), fast.err());
        Cli all = Cli.run("herd7", "-conf", cfg.toString(), "-speedcheck", "true", open.toString());
        assertEquals(withoutTime(herd7(cfg.getParent(), List.of("-conf", "linux-kernel.cfg", "-speedcheck", "true",
                open.toString()))), withoutTime(all.out()));
    }

    /** herd7 runs one test of a name per command: the same again is skipped, another is a user error. */
    @Test
    void aSecondTestOfTheSameNameIsSkippedOrRefusedAsHerd7Does(@TempDir Path dir) throws Exception {
        String body = "C same\n{}\nP0(int *x)\n{\n\tWRITE_ONCE(*x, %d);\n}\nexists (x=1)\n";
        Path a = Files.writeString(dir.resolve("a.litmus"), String.format(body, 1));
        Path b = Files.writeString(dir.resolve("b.litmus"), String.format(body, 2));
        Path c = Files.writeString(dir.resolve("c.litmus"), String.format(body, 1));
        Cli r = Cli.run("herd7", "-conf", cfg("linux-memory-model").toString(), a.toString(), b.toString(), c.toString());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("Test same ")).count(), r.out());
        assertEquals("Warning: File \"" + b + "\": Different hashes for test same (previous file " + a
                + ") (User error)", r.err().strip());
        Path cfg = cfg("linux-memory-model");
        assertEquals(withoutTime(herd7(cfg.getParent(), List.of("-conf", "linux-kernel.cfg", a.toString(), b.toString(),
                c.toString()))), withoutTime(r.out()));
    }

    /**
     * Every C operator on addresses (p and q hold x's and y's), as herd7 answers it: a value,
     * a user error in herd's words ("Illegal operation ^ on constants x and 1", x > y as y < x),
     * or herd dying (Division_by_zero, the assertion x | 1 trips), which names the file, stops
     * the command before the next test and exits 2. stdout (Time aside), stderr and exit code.
     */
    @Test
    void operationsOnAddressesFailInHerdsWords(@TempDir Path dir) throws Exception {
        Path cfg = cfg("linux-memory-model");
        Path herd = SHARED.resolve("tools/herd7/herd7");
        assumeTrue(Files.isExecutable(herd), () -> herd + " not found: nothing to compare with");
        Path next = CORPUS.resolve("kernel/litmus-tests/MP+poonceonces.litmus").toAbsolutePath();
        List<String> exprs = new ArrayList<>(List.of("5 / r2"));
        for (String op : List.of("+", "-", "*", "/", "&", "|", "^", "==", "!=", "<", ">", "<=", ">=")) {
            for (String shape : List.of("r0 OP 1", "1 OP r0", "r0 OP r1", "r0 OP r0", "r0 OP 0", "0 OP r0")) {
                exprs.add(shape.replace("OP", op));
            }
        }
        for (int i = 0; i < exprs.size(); i++) {
            Path t = dir.resolve("op" + i + ".litmus");
            Files.writeString(t, "C op" + i + "\n{ p=x; q=y; }\nP0(int *x, int *y, int **p, int **q)\n{\n\tint *r0;\n"
                    + "\tint *r1;\n\tint r2;\n\tr0 = READ_ONCE(*p);\n\tr1 = READ_ONCE(*q);\n\tr2 = READ_ONCE(*y);\n"
                    + "\tr2 = " + exprs.get(i) + ";\n\tWRITE_ONCE(*x, r2);\n}\nexists (x=1)\n");
            Process p = new ProcessBuilder(herd.toAbsolutePath().toString(), "-conf", "linux-kernel.cfg", t.toString(),
                    next.toString()).directory(cfg.getParent().toFile()).start();
            String herdOut = new String(p.getInputStream().readAllBytes());
            String herdErr = new String(p.getErrorStream().readAllBytes());
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            Cli r = Cli.run("herd7", "-conf", cfg.toString(), t.toString(), next.toString());
            String what = "r2 = " + exprs.get(i);
            assertEquals(withoutTime(herdOut), withoutTime(r.out()), what);
            assertEquals(herdErr, r.err(), what);
            assertEquals(p.exitValue(), r.exit(), what);
        }
    }

    /**
     * A lock that is no parameter is a register, 0: herd7 locks address 0, a location with no
     * initial write (spin_is_locked finds no unlock to read), two such names lock the same one,
     * and any other access there is its error. stdout (Time aside), stderr and exit code.
     */
    @Test
    void aLockThatIsNoParameterIsHerdsLockAtZero(@TempDir Path dir) throws Exception {
        Path cfg = cfg("linux-memory-model");
        Path herd = SHARED.resolve("tools/herd7/herd7");
        assumeTrue(Files.isExecutable(herd), () -> herd + " not found: nothing to compare with");
        List<String> bodies = List.of("spin_lock(l); WRITE_ONCE(*x, 1); spin_unlock(l);",
                "int r1; r1 = spin_trylock(l); WRITE_ONCE(*x, r1); spin_unlock(l);",
                "int r1; r1 = spin_is_locked(l); WRITE_ONCE(*x, r1);",
                "int r1; spin_lock(l); r1 = spin_is_locked(l); spin_unlock(l); r1 = spin_is_locked(l); WRITE_ONCE(*x, r1);",
                "spin_unlock(l);", "spin_lock(l); WRITE_ONCE(*l, 1);", "int r1; spin_lock(l); r1 = READ_ONCE(*l);");
        for (int i = 0; i < bodies.size(); i++) {
            Path t = Files.writeString(dir.resolve("lock" + i + ".litmus"), "C lock" + i + "\n{}\nP0(int *x) { "
                    + bodies.get(i) + " }\nP1(int *x) { int r0; r0 = READ_ONCE(*x); spin_lock(m); spin_unlock(m); }\n"
                    + "exists (1:r0=1)\n");
            Process p = new ProcessBuilder(herd.toAbsolutePath().toString(), "-conf", "linux-kernel.cfg", t.toString())
                    .directory(cfg.getParent().toFile()).start();
            String herdOut = new String(p.getInputStream().readAllBytes());
            String herdErr = new String(p.getErrorStream().readAllBytes());
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            Cli r = Cli.run("herd7", "-conf", cfg.toString(), t.toString());
            assertEquals(withoutTime(herdOut), withoutTime(r.out()), bodies.get(i));
            assertEquals(herdErr, r.err(), bodies.get(i));
            assertEquals(p.exitValue(), r.exit(), bodies.get(i));
        }
        Cli check = Cli.run("check", dir.resolve("lock0.litmus").toString());
        assertTrue(check.err().contains("lock0.litmus:3:14: warning: this lock is at address 0"), check.err());
    }

    /**
     * -unroll N and a test's own Unroll= line (which wins, read as OCaml reads an int), and the
     * warning herd7 prints after a test whose loops it cut: stdout (Time aside) and stderr.
     */
    @Test
    void unrollAsHerd7ReadsIt(@TempDir Path dir) throws Exception {
        Path cfg = cfg("linux-memory-model");
        Path herd = SHARED.resolve("tools/herd7/herd7");
        assumeTrue(Files.isExecutable(herd), () -> herd + " not found: nothing to compare with");
        String body = "{}\nP0(int *x)\n{\n\tint r0;\n\tint r1;\n\tr1 = 0;\n\tr0 = READ_ONCE(*x);\n"
                + "\twhile (r0 < 4) {\n\t\tr1 = r1 + 1;\n\t\tr0 = READ_ONCE(*x);\n\t}\n}\nP1(int *x)\n{\n"
                + "\tWRITE_ONCE(*x, 1);\n\tWRITE_ONCE(*x, 2);\n\tWRITE_ONCE(*x, 3);\n\tWRITE_ONCE(*x, 4);\n}\n"
                + "exists (0:r1=3)\n";
        Path plain = Files.writeString(dir.resolve("plain.litmus"), "C plain\n" + body);
        Path five = Files.writeString(dir.resolve("five.litmus"), "C five\nUnroll=5\n" + body);
        Path hex = Files.writeString(dir.resolve("hex.litmus"), "C hex\nunroll=0x3\n" + body);
        Path bad = Files.writeString(dir.resolve("bad.litmus"), "C bad\nUnroll=three\n" + body);
        for (List<String> args : List.of(List.of(plain.toString()), List.of("-unroll", "0", plain.toString()),
                List.of("-unroll", "5", plain.toString()), List.of("-unroll", "1", five.toString(), hex.toString()),
                List.of(bad.toString(), plain.toString()))) {
            List<String> command = new ArrayList<>(List.of(herd.toAbsolutePath().toString(), "-conf", "linux-kernel.cfg"));
            command.addAll(args);
            Process p = new ProcessBuilder(command).directory(cfg.getParent().toFile()).start();
            String herdOut = new String(p.getInputStream().readAllBytes());
            String herdErr = new String(p.getErrorStream().readAllBytes());
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            List<String> ours = new ArrayList<>(List.of("herd7", "-conf", cfg.toString()));
            ours.addAll(args);
            Cli r = Cli.run(ours.toArray(String[]::new));
            assertEquals(withoutTime(herdOut), withoutTime(r.out()), args.toString());
            assertEquals(herdErr, r.err(), args.toString());
        }
    }

    /** A load from what is no address: herd's Warn.fatal, printed without position or "(User error)". */
    @Test
    void aLoadFromNoAddressIsHerdsFatalWarning(@TempDir Path dir) throws Exception {
        Path cfg = cfg("linux-memory-model");
        Path herd = SHARED.resolve("tools/herd7/herd7");
        assumeTrue(Files.isExecutable(herd), () -> herd + " not found: nothing to compare with");
        Path t = Files.writeString(dir.resolve("nz.litmus"), "C nz\n{}\nP0(intptr_t *x)\n{\n\tintptr_t *rq = 0;\n"
                + "\tintptr_t r2 = READ_ONCE(*rq);\n\tWRITE_ONCE(*x, 1);\n}\nexists (x=1)\n");
        String next = CORPUS.resolve("kernel/litmus-tests/MP+poonceonces.litmus").toAbsolutePath().toString();
        Process p = new ProcessBuilder(herd.toAbsolutePath().toString(), "-conf", "linux-kernel.cfg", t.toString(), next)
                .directory(cfg.getParent().toFile()).start();
        String herdOut = new String(p.getInputStream().readAllBytes());
        String herdErr = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        Cli r = Cli.run("herd7", "-conf", cfg.toString(), t.toString(), next);
        assertEquals(withoutTime(herdOut), withoutTime(r.out()));
        assertEquals(herdErr, r.err());
        assertEquals(p.exitValue(), r.exit());
    }
}
