package org.lkmm.cat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lkmm.diag.InputError;

/** The kernel's model folders beside the repository (../shared/reference), when they are there. */
final class Models {
    static final Path ROOT = Path.of(System.getProperty("lkmm.reference", "../../shared/reference"));
    static final List<String> FOLDERS = List.of("linux-memory-model", "linux-memory-model-6.12",
            "linux-memory-model-master");

    private Models() {}

    static Path folder(String name) {
        return ROOT.resolve(name);
    }

    static boolean present() {
        return Files.isRegularFile(folder("linux-memory-model").resolve("linux-kernel.cfg"));
    }

    static String absentReason() {
        return "model folders not found at " + ROOT.toAbsolutePath().normalize()
                + " (they sit in ../shared beside the repository in CI, not in a user's clone)";
    }

    static Interpreter load(String folder) throws InputError {
        return Interpreter.load(ModelSource.fromCfg(folder(folder).resolve("linux-kernel.cfg"), List.of()));
    }
}
