package org.lkmm.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * herd7 7.58 from ../shared/tools, run on a test's text as the kernel's scripts run it (from the
 * model folder, -conf linux-kernel.cfg): its Observation and Flag lines, for re-checking fixes.
 */
record Herd7Check(Path binary, Path modelFolder) {
    static Herd7Check standard() {
        Path shared = Path.of(System.getProperty("lkmm.shared", "../../shared"));
        return new Herd7Check(shared.resolve("tools/herd7/herd7"), shared.resolve("reference/linux-memory-model"));
    }

    boolean present() {
        return Files.isExecutable(binary) && Files.isRegularFile(modelFolder.resolve("linux-kernel.cfg"));
    }

    /** "Observation NAME Never 0 3" and any "Flag ..." lines, joined by "; ". */
    String observe(String name, String text) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("lkmm-repair-");
        Path file = dir.resolve(name + ".litmus");
        try {
            Files.writeString(file, text);
            Process p = new ProcessBuilder(List.of(binary.toAbsolutePath().toString(), "-conf", "linux-kernel.cfg",
                    file.toAbsolutePath().toString())).directory(modelFolder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timeout";
            }
            return String.join("; ", out.lines().filter(l -> l.startsWith("Observation") || l.startsWith("Flag")).toList());
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
