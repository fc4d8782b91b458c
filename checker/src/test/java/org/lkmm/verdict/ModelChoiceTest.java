package org.lkmm.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lkmm.cat.Interpreter;
import org.lkmm.cat.ModelSource;

/** A tree's files select the built-in model only when they are Linux 6.1's, every byte of them. */
class ModelChoiceTest {
    private static final Path REFERENCE = Path.of(System.getProperty("lkmm.reference", "../../shared/reference"));

    private static Path tree(String folder) {
        Path dir = REFERENCE.resolve(folder);
        assumeTrue(Files.isRegularFile(dir.resolve("linux-kernel.cfg")), () -> dir + " not found");
        return dir;
    }

    @Test
    void linuxSixOnesFilesSelectTheBuiltInModelAndOthersTheirOwn() throws Exception {
        assertEquals(ModelChoice.builtIn().name(), ModelChoice.fromCfg(tree("linux-memory-model").resolve("linux-kernel.cfg")).name());
        for (String newer : List.of("linux-memory-model-6.12", "linux-memory-model-master")) {
            assertNotEquals(ModelChoice.builtIn().name(), ModelChoice.fromCfg(tree(newer).resolve("linux-kernel.cfg")).name());
        }
    }

    /** The digest covers what the interpreter reads: else an edited include would pass for 6.1. */
    @Test
    void theFilesFoundWithoutParsingAreTheFilesTheInterpreterReads() throws Exception {
        for (String folder : List.of("linux-memory-model", "linux-memory-model-6.12", "linux-memory-model-master")) {
            ModelSource source = ModelSource.fromCfg(tree(folder).resolve("linux-kernel.cfg"), List.of());
            assertEquals(new HashSet<>(Interpreter.load(source).files()), new HashSet<>(source.files()), folder);
        }
    }

    @Test
    void oneByteChangedInAnIncludedFileIsNoLongerTheBuiltInModel(@TempDir Path dir) throws Exception {
        Path six = tree("linux-memory-model");
        try (Stream<Path> files = Files.list(six)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        assertEquals(ModelChoice.builtIn().name(), ModelChoice.fromCfg(dir.resolve("linux-kernel.cfg")).name());
        Path lock = dir.resolve("lock.cat");
        Files.writeString(lock, Files.readString(lock) + "\n");
        assertNotEquals(ModelChoice.builtIn().name(), ModelChoice.fromCfg(dir.resolve("linux-kernel.cfg")).name());
    }
}
