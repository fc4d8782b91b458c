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
import java.util.Map;
import org.lkmm.model.Generation;
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
    void eachGenerationsFilesSelectItsBuiltInModel() throws Exception {
        Map<String, Generation> folders = Map.of("linux-memory-model", Generation.LINUX_6_1,
                "linux-memory-model-6.12", Generation.LINUX_6_12, "linux-memory-model-master", Generation.MAINLINE);
        for (Map.Entry<String, Generation> f : folders.entrySet()) {
            ModelChoice byFiles = ModelChoice.fromCfg(tree(f.getKey()).resolve("linux-kernel.cfg"));
            ModelChoice byName = ModelChoice.builtIn(f.getValue());
            assertEquals(byName.name(), byFiles.name(), f.getKey());
            assertEquals(byName.kernel().all(), byFiles.kernel().all(), f.getKey());
            assertEquals(byName.version(), byFiles.version(), f.getKey());
        }
        ModelChoice interpreted = ModelChoice.of(ModelSource.fromCfg(tree("linux-memory-model-6.12")
                .resolve("linux-kernel.cfg"), List.of()), "6.12", true);
        assertTrue(interpreted.model() instanceof org.lkmm.cat.CatModel, "--interpreted runs the files");
    }

    @Test
    void aVariantTheFilesDoNotAskForIsNotTheBuiltInModel() throws Exception {
        ModelSource files = ModelSource.fromCfg(tree("linux-memory-model-6.12").resolve("linux-kernel.cfg"), List.of());
        ModelSource plain = new ModelSource(files.model(), files.bell(), files.macros(), java.util.Set.of("lkmmv2"),
                files.library());
        assertNotEquals(ModelChoice.builtIn(Generation.LINUX_6_12).name(), ModelChoice.of(plain, "6.12+lkmmv2", false).name());
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
        assertEquals(ModelChoice.builtIn(Generation.LINUX_6_1).name(), ModelChoice.fromCfg(dir.resolve("linux-kernel.cfg")).name());
        Path lock = dir.resolve("lock.cat");
        Files.writeString(lock, Files.readString(lock) + "\n");
        assertNotEquals(ModelChoice.builtIn(Generation.LINUX_6_1).name(), ModelChoice.fromCfg(dir.resolve("linux-kernel.cfg")).name());
    }
}
