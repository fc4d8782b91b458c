package org.lkmm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (./lkmm) as a user runs it, after the build: the first run answers in its own
 * JVM and starts a server in the background; later runs in that folder are answered by the
 * server with the same bytes; a server killed outright leaves a socket the next run clears;
 * removing the socket folder stops the server; LKMM_SERVER=off starts none.
 */
class LauncherIT {
    private static final Path ROOT = Path.of(System.getProperty("lkmm.root", ".."));
    private static final Path SHARED = Path.of(System.getProperty("lkmm.shared", "../../shared"));
    private static final String TEST = "kernel/litmus-tests/MP+pooncerelease+poacquireonce.litmus";

    private record Run(int exit, String out, String err) {}

    private static Run launch(Path cwd, Path runtime, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return launch(cwd, runtime, env, ROOT.resolve("lkmm").toAbsolutePath(), args);
    }

    private static Run launch(Path cwd, Path runtime, Map<String, String> env, Path launcher, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("LKMM_SERVER");
        // What decides colour and progress comes from each test alone, not from the machine
        // running the suite (CI runners set CI, which turns progress off).
        for (String decides : List.of("CI", "NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "ConEmuANSI")) {
            pb.environment().remove(decides);
        }
        pb.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        pb.environment().put("LKMM_SERVER_IDLE", "120");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(cwd, "out", ".txt");
        Path err = Files.createTempFile(cwd, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the launcher ends");
        return new Run(p.exitValue(), withoutTime(Files.readString(out)), Files.readString(err));
    }

    private static String withoutTime(String text) {
        return String.join("\n", text.lines().filter(l -> !l.startsWith("Time ")).toList());
    }

    private static Optional<Path> socket(Path runtime) throws IOException {
        if (!Files.isDirectory(runtime)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.walk(runtime)) {
            return s.filter(p -> p.toString().endsWith(".sock")).findFirst();
        }
    }

    private static Optional<ProcessHandle> serverOn(Path socket) {
        return ProcessHandle.allProcesses().filter(h -> h.info().commandLine()
                .filter(c -> c.contains("org.lkmm.cli.Server") && c.contains(socket.toString())).isPresent()).findFirst();
    }

    private static <T> T await(String what, java.util.concurrent.Callable<Optional<T>> probe) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < until) {
            Optional<T> v = probe.call();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + what + " within 30 s");
    }

    @Test
    void laterRunsAreAnsweredByTheServerWithTheSameBytes(@TempDir Path runtime, @TempDir Path cwd) throws Exception {
        assumeTrue(Files.isRegularFile(ROOT.resolve("checker/target/lkmm.jar")), "the jar is built by package");
        Path cfg = SHARED.resolve("reference/linux-memory-model-6.12/linux-kernel.cfg").toAbsolutePath();
        Path test = SHARED.resolve("litmus").resolve(TEST).toAbsolutePath();
        Path herd = SHARED.resolve("litmus/herd7-output/6.12").resolve(TEST + ".out");
        assumeTrue(Files.isRegularFile(cfg) && Files.isRegularFile(herd), "../shared sits beside the repository in CI");
        String want = withoutTime(Files.readString(herd, StandardCharsets.UTF_8));
        String[] args = {"herd7", "-conf", cfg.toString(), test.toString()};

        assertEquals(new Run(0, want, ""), launch(cwd, runtime, Map.of(), args), "the first run, in its own JVM");
        Path socket = await("server socket", () -> socket(runtime));
        ProcessHandle server = await("server process", () -> serverOn(socket));
        for (int i = 0; i < 3; i++) {
            assertEquals(new Run(0, want, ""), launch(cwd, runtime, Map.of(), args), "a served run");
        }
        Path link = Files.createDirectories(cwd.resolve("bin")).resolve("herd7");
        Files.createSymbolicLink(link, ROOT.resolve("lkmm").toAbsolutePath());
        assertEquals(new Run(0, want, ""), launch(cwd, runtime, Map.of(), link, args[1], args[2], args[3]),
                "through a link named herd7");
        assertTrue(server.isAlive(), "one server served them all");

        server.destroyForcibly(); // as kill -9: its socket file stays
        assertTrue(server.onExit().get(10, TimeUnit.SECONDS) != null);
        assertTrue(Files.exists(socket));
        assertEquals(new Run(0, want, ""), launch(cwd, runtime, Map.of(), args), "the client runs it itself");
        assertFalse(Files.exists(socket), "and clears the socket left behind");
        assertEquals(new Run(0, want, ""), launch(cwd, runtime, Map.of(), args));
        ProcessHandle again = await("new server", () -> socket(runtime).flatMap(LauncherIT::serverOn));

        try (Stream<Path> s = Files.walk(runtime)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(runtime)).toList()) {
                Files.delete(p);
            }
        }
        assertTrue(again.onExit().get(10, TimeUnit.SECONDS) != null, "a server whose socket is removed leaves");
    }

    /** The launcher on a pseudo-terminal (util-linux's script): what the terminal shows (\r as a line end). */
    private static String onTerminal(Path cwd, Path runtime, Map<String, String> env, String args)
            throws IOException, InterruptedException {
        StringBuilder command = new StringBuilder();
        env.forEach((k, v) -> command.append(k).append('=').append(v).append(' '));
        command.append(ROOT.resolve("lkmm").toAbsolutePath()).append(' ').append(args);
        Run r = launch(cwd, runtime, Map.of(), Path.of("/usr/bin/script"), "-qec", command.toString(), "/dev/null");
        return r.exit() + "\n" + r.out() + r.err();
    }

    @Test
    void onATerminalServedHelpAndProgressAreWhatItsOwnJvmShows(@TempDir Path runtime, @TempDir Path cwd) throws Exception {
        assumeTrue(Files.isRegularFile(ROOT.resolve("checker/target/lkmm.jar")), "the jar is built by package");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no /usr/bin/script for a pseudo-terminal");
        Path tests = SHARED.resolve("litmus/kernel/litmus-tests").toAbsolutePath();
        assumeTrue(Files.isDirectory(tests), "../shared sits beside the repository in CI");
        launch(cwd, runtime, Map.of(), "--version");
        Path socket = await("server socket", () -> socket(runtime));
        await("server process", () -> serverOn(socket));
        for (Map<String, String> env : List.of(Map.<String, String>of(), Map.of("NO_COLOR", "1"),
                Map.of("CLICOLOR", "0"), Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), Map.of("CI", "1"))) {
            for (String args : List.of("--help", "check --help", "check --bogus", "check --no-time " + tests)) {
                Map<String, String> off = new java.util.HashMap<>(env);
                off.put("LKMM_SERVER", "off");
                String own = onTerminal(cwd, runtime, off, args);
                assertEquals(own, onTerminal(cwd, runtime, env, args), env + " lkmm " + args);
                if (env.isEmpty() && args.equals("--help")) {
                    assertTrue(own.contains("\u001b["), "help is in colour on a terminal: " + own);
                }
                if (env.isEmpty() && args.startsWith("check --no-time")) {
                    assertTrue(own.contains("\n[1/"), "a progress line on a terminal: " + own);
                    assertFalse(own.contains(".litmusTest "), "a result runs on from the progress line: " + own);
                }
            }
        }
        Files.delete(socket);
    }

    @Test
    void withTheServerOffEveryRunIsItsOwnJvm(@TempDir Path runtime, @TempDir Path cwd) throws Exception {
        assumeTrue(Files.isRegularFile(ROOT.resolve("checker/target/lkmm.jar")), "the jar is built by package");
        Run r = launch(cwd, runtime, Map.of("LKMM_SERVER", "off"), "--version");
        assertEquals(0, r.exit(), r.err());
        Thread.sleep(500);
        assertEquals(Optional.empty(), socket(runtime));
        Run bad = launch(cwd, runtime, Map.of("LKMM_SERVER_IDLE", "soon"), "--version");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("LKMM_SERVER_IDLE"), bad.err());
    }
}
