package org.lkmm.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.lkmm.diag.InputError;
import org.lkmm.enumerate.Search;
import org.lkmm.parse.LitmusParser;

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

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static TestResult check(Path cfg, String test) throws Exception {
        Path t = REFERENCE.resolveSibling("litmus").resolve(test);
        assumeTrue(Files.isRegularFile(t), () -> t + " not found");
        return new Checker(ModelChoice.fromCfg(cfg), Search.PRUNED).check(t.toString(), LitmusParser.parseFile(t));
    }

    /** A model edited by hand runs as edited: without its happens-before axiom, message passing is allowed. */
    @Test
    void aModelEditedByHandRunsAsEdited(@TempDir Path dir) throws Exception {
        copyTree(tree("linux-memory-model-6.12"), dir);
        String test = "kernel/litmus-tests/MP+pooncerelease+poacquireonce.litmus";
        assertEquals("Never", check(dir.resolve("linux-kernel.cfg"), test).verdict());
        Path cat = dir.resolve("linux-kernel.cat");
        Files.writeString(cat, Files.readString(cat).replace("acyclic hb as happens-before", ""));
        assertEquals("Sometimes", check(dir.resolve("linux-kernel.cfg"), test).verdict());
    }

    @Test
    void anErrorInACatFileNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        copyTree(tree("linux-memory-model-6.12"), dir);
        Path cat = dir.resolve("lock.cat");
        Files.writeString(cat, "\n\nlet broken = (po |\n" + Files.readString(cat));
        InputError e = assertThrows(InputError.class, () -> ModelChoice.fromCfg(dir.resolve("linux-kernel.cfg")));
        assertTrue(e.getMessage().matches("\\Q" + cat + "\\E:\\d+:\\d+: error: .*"), e.getMessage());
    }

    @Test
    void oneByteChangedInAnIncludedFileIsNoLongerTheBuiltInModel(@TempDir Path dir) throws Exception {
        copyTree(tree("linux-memory-model"), dir);
        assertEquals(ModelChoice.builtIn().name(), ModelChoice.fromCfg(dir.resolve("linux-kernel.cfg")).name());
        Path lock = dir.resolve("lock.cat");
        Files.writeString(lock, Files.readString(lock) + "\n");
        assertNotEquals(ModelChoice.builtIn().name(), ModelChoice.fromCfg(dir.resolve("linux-kernel.cfg")).name());
    }
}
