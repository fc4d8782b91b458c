package org.lkmm.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference checker, herd7 7.58 in ../shared/tools, run as the kernel's scripts run it: from a
 * model folder, {@code herd7 -conf linux-kernel.cfg FILE}. Tests that use it skip when it is absent.
 */
public record Herd7(Path binary, Path modelFolder) {
    public static final Path SHARED = Path.of(System.getProperty("lkmm.shared", "../../shared"));

    /** herd7 with the Linux 6.1 model, the one lkmm builds in. */
    public static Herd7 standard() {
        return new Herd7(SHARED.resolve("tools/herd7/herd7"), SHARED.resolve("reference/linux-memory-model"));
    }

    public boolean present() {
        return Files.isExecutable(binary) && Files.isRegularFile(modelFolder.resolve("linux-kernel.cfg"));
    }

    public String absentReason() {
        return "herd7 not found at " + binary.toAbsolutePath().normalize()
                + " (it sits in ../shared/tools beside the repository in CI)";
    }

    /**
     * herd7's standard output for one file (its result block; warnings go to stderr, which is
     * dropped), or null when it ran longer than the limit.
     */
    public String run(Path litmus, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("herd7-", ".out");
        try {
            Process p = new ProcessBuilder(List.of(binary.toAbsolutePath().toString(), "-conf", "linux-kernel.cfg",
                    litmus.toAbsolutePath().toString()))
                    .directory(modelFolder.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(out.toFile())
                    .start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return null;
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** An output without its Time line, which varies from run to run. */
    public static String withoutTime(String output) {
        StringBuilder b = new StringBuilder(output.length());
        for (String line : output.split("\n", -1)) {
            if (!line.startsWith("Time ")) {
                b.append(line).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }
}
