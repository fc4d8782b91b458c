package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkmm.verdict.ModelCache;

/**
 * The launcher's server: a command line sent to it prints the bytes, and exits with the code,
 * that the same command line run in its own JVM gives; it refuses a client in another folder,
 * forgets a model whose files change, and stops a command whose client has gone.
 */
class ServerTest {
    private static final Path SHARED = Path.of(System.getProperty("lkmm.corpus", "../../shared/litmus")).getParent();
    private static final Path CORPUS = SHARED.resolve("litmus");
    private static final String HERE = System.getProperty("user.dir");

    private static Path cfg(String folder) {
        Path cfg = SHARED.resolve("reference").resolve(folder).resolve("linux-kernel.cfg");
        assumeTrue(Files.isRegularFile(cfg), () -> cfg + " not found (../shared sits beside the repository in CI)");
        return cfg.toAbsolutePath();
    }

    private static Path corpus(String test) {
        Path t = CORPUS.resolve(test);
        assumeTrue(Files.isRegularFile(t), () -> t + " not found");
        return t.toAbsolutePath();
    }

    /** What a run printed, and its exit code; herd's Time line, which varies, left out. */
    private record Run(int exit, String out, String err) {
        static Run of(int exit, ByteArrayOutputStream out, ByteArrayOutputStream err) {
            return new Run(exit, withoutTime(out.toString(StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        }

        private static String withoutTime(String text) {
            return String.join("\n", text.lines().filter(l -> !l.startsWith("Time ")).toList());
        }
    }

    private static Run direct(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, out, err, new Session(false, Optional.of(false), ModelCache.none()));
        return Run.of(exit, out, err);
    }

    private static Optional<Run> served(Path socket, String folder, List<String> args) throws Client.ServerLost {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<Integer> exit = Client.call(socket, new Wire.Request(folder, false, Optional.of(false), args), out, err);
        return exit.map(code -> Run.of(code, out, err));
    }

    @Test
    void aServedCommandPrintsWhatItsOwnJvmPrints(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.litmus");
        Files.writeString(bad, "C bad\n{}\nP0(int *x)\n{\n\tFOO_ONCE(*x, 1);\n}\nexists (x=1)\n");
        String mp = corpus("kernel/litmus-tests/MP+pooncerelease+poacquireonce.litmus").toString();
        String srcu = corpus("paulmckrcu/manual/kernel/C-srcu-nest-5.litmus").toString();
        List<List<String>> commands = List.of(
                List.of("herd7", "-conf", cfg("linux-memory-model").toString(), mp),
                List.of("herd7", "-conf", cfg("linux-memory-model-6.12").toString(), mp, srcu),
                List.of("herd7", "-conf", cfg("linux-memory-model-6.12").toString(), srcu), // the model kept
                List.of("herd7", "-conf", cfg("linux-memory-model-master").toString(), srcu, bad.toString()),
                List.of("herd7", "-bogus", mp),
                List.of("check", "--no-time", mp, srcu), // (tsv and json give each test's seconds)
                List.of("check", "--no-time", bad.toString()),
                List.of("check", "--no-time", "--conf", cfg("linux-memory-model-6.12").toString(), srcu),
                List.of("explain", mp),
                List.of("--help"),
                List.of("check", "--no-such-option"),
                List.of());
        Path socket = dir.resolve("s.sock");
        try (Server server = Server.start(socket).orElseThrow()) {
            for (List<String> c : commands) {
                Run want = direct(c);
                Optional<Run> got = served(socket, HERE, c);
                assertTrue(got.isPresent(), "the server answered " + c);
                assertEquals(want, got.get(), String.join(" ", c));
            }
            awaitNoneRunning(server, 5);
        }
        assertFalse(Files.exists(socket), "a closed server removes its socket");
    }

    @Test
    void aModelWhoseFilesChangeIsReadAgain(@TempDir Path dir) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        try (var s = Files.list(cfg("linux-memory-model-6.12").getParent())) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Files.copy(f, tree.resolve(f.getFileName()));
            }
        }
        String test = corpus("kernel/litmus-tests/MP+pooncerelease+poacquireonce.litmus").toString();
        List<String> c = List.of("herd7", "-conf", tree.resolve("linux-kernel.cfg").toString(), test);
        Path socket = dir.resolve("s.sock");
        try (Server server = Server.start(socket).orElseThrow()) {
            Run before = served(socket, HERE, c).orElseThrow();
            assertTrue(before.out().contains("Observation MP+pooncerelease+poacquireonce Never"), before.out());
            // release and acquire order MP through the happens-before axiom: without it, they do not
            Path cat = tree.resolve("linux-kernel.cat");
            Files.writeString(cat, Files.readString(cat).replace("acyclic hb as happens-before", "(* no hb *)"));
            Run after = served(socket, HERE, c).orElseThrow();
            assertEquals(direct(c), after);
            assertTrue(after.out().contains("Observation MP+pooncerelease+poacquireonce Sometimes"), after.out());
            Files.writeString(cat, "this is not cat\n");
            Run broken = served(socket, HERE, c).orElseThrow();
            assertEquals(direct(c), broken);
            assertEquals(2, broken.exit(), broken.err());
        }
    }

    @Test
    void aClientInAnotherFolderRunsTheCommandItself(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("s.sock");
        try (Server server = Server.start(socket).orElseThrow()) {
            assertEquals(Optional.empty(), served(socket, dir.toString(), List.of("--version")));
            assertTrue(served(socket, HERE, List.of("--version")).isPresent());
        }
    }

    @Test
    void withNoServerTheClientRunsTheCommandItselfAndClearsASocketLeftBehind(@TempDir Path dir) throws Exception {
        assertEquals(Optional.empty(), served(dir.resolve("none.sock"), HERE, List.of("--version")));
        Path stale = dir.resolve("stale.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(stale)); // closing leaves the file, as a killed server does
        }
        assertTrue(Files.exists(stale));
        assertEquals(Optional.empty(), served(stale, HERE, List.of("--version")));
        assertFalse(Files.exists(stale), "the launcher starts a new server when the file is gone");
        try (Server again = Server.start(stale).orElseThrow()) {
            assertTrue(served(stale, HERE, List.of("--version")).isPresent());
            assertTrue(Server.start(stale).isEmpty(), "a second server leaves the socket to the first");
        }
    }

    /**
     * Four threads, three write-read-write rounds each: far more than a few seconds of work, and
     * within the checker's budget (five threads give 168 million co orders of x, which it
     * refuses at once, so the command would end before the client goes away).
     */
    private static String heavyTest() {
        StringBuilder b = new StringBuilder("C heavy\n{}\n");
        for (int p = 0; p < 4; p++) {
            b.append("P").append(p).append("(int *x, int *y)\n{\n\tint r0;\n\tint r1;\n\tint r2;\n");
            for (int k = 0; k < 3; k++) {
                int v = p * 10 + k + 1;
                b.append("\tWRITE_ONCE(*x, ").append(v).append(");\n\tr").append(k).append(" = READ_ONCE(*y);\n")
                        .append("\tWRITE_ONCE(*y, ").append(v).append(");\n");
            }
            b.append("}\n\n");
        }
        return b.append("exists (x=1)\n").toString();
    }

    @Test
    void aClientThatGoesAwayStopsItsCommand(@TempDir Path dir) throws Exception {
        Path heavy = dir.resolve("heavy.litmus");
        Files.writeString(heavy, heavyTest());
        Path socket = dir.resolve("s.sock");
        try (Server server = Server.start(socket).orElseThrow()) {
            List<String> c = new ArrayList<>(List.of("check", heavy.toString()));
            try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                Wire.writeFully(ch, ByteBuffer.wrap(new Wire.Request(HERE, false, Optional.empty(), c).encode()));
                long until = System.nanoTime() + 5_000_000_000L;
                while (server.running() == 0 && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                assertEquals(1, server.running(), "the command runs");
                Thread.sleep(300);
                assertEquals(1, server.running(), "the command is still running");
            } // the client is killed: its end of the socket closes
            awaitNoneRunning(server, 10);
        }
    }

    /** A command ends just after its exit code is sent: wait for the server to count it done. */
    private static void awaitNoneRunning(Server server, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (server.running() > 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(0, server.running(), "no command left running after " + seconds + " s");
    }

    @Test
    void theServerLeavesWhenItsSocketFileIsRemoved(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("s.sock");
        try (Server server = Server.start(socket).orElseThrow()) {
            Thread waiting = new Thread(() -> {
                try {
                    server.waitUntilIdle(Long.MAX_VALUE, Optional.empty());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiting.start();
            Files.delete(socket);
            waiting.join(5000);
            assertFalse(waiting.isAlive(), "removing the socket file stops the server");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
