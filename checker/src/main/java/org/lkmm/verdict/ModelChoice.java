package org.lkmm.verdict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.lkmm.ast.SourcePos;
import org.lkmm.cat.CatModel;
import org.lkmm.cat.Interpreter;
import org.lkmm.cat.ModelSource;
import org.lkmm.diag.InputError;
import org.lkmm.kernel.DefFile;
import org.lkmm.kernel.KernelTable;
import org.lkmm.model.Generation;
import org.lkmm.model.Lkmm;
import org.lkmm.model.MemoryModel;
import org.lkmm.program.LkmmVersion;

/**
 * What answers a test: the primitives (the model's .def), herd's C semantics of the RMWs
 * (the lkmmv2 variant or not) and the model judging each execution; its name goes in reports.
 * A model read from files (herd7's -conf) is the built-in one of a generation when its files
 * are, byte for byte, the files that generation was verified against (the whole corpus, output
 * for output: Linux 6.1's, 6.12's or mainline's); any other is interpreted. Either way the
 * primitives are the ones its .def defines.
 */
public record ModelChoice(KernelTable kernel, LkmmVersion version, MemoryModel model) {
    /**
     * SHA-256 over Linux 6.1's tools/memory-model files as they are loaded (file names and bytes
     * of the .cat files, the bell and the .def; the variants): a digest, not the files.
     */
    static final String LINUX_6_1 = "360c3e3fb19c41891e837c83d9a382c683d916f33020b02135aa5502662ec0e3";
    /** The same over Linux 6.12's files (the v6.4 model with v6.11's lock.cat). */
    static final String LINUX_6_12 = "1fdbebb6dd9471effa89f77cfa4175579c654aa4edf5c242abacc10ba93c76cf";
    /** The same over mainline's files (v6.15 on) with their variant lkmmv2. */
    static final String MAINLINE = "1c99a0fa1b72591de0bc6bd001df4467ad819946dd59f0defa711978b75da2c5";

    /** The generation of the built-in model whose files have this digest. */
    static java.util.Optional<Generation> generationOf(String digest) {
        return switch (digest) {
            case LINUX_6_1 -> java.util.Optional.of(Generation.LINUX_6_1);
            case LINUX_6_12 -> java.util.Optional.of(Generation.LINUX_6_12);
            case MAINLINE -> java.util.Optional.of(Generation.MAINLINE);
            default -> java.util.Optional.empty();
        };
    }

    /** The default model, the newest generation built in (Generation.DEFAULT): what answers without -conf or --model. */
    public static ModelChoice builtIn() {
        return builtIn(Generation.DEFAULT);
    }

    /** The built-in model of a generation, with the primitives of its .def (DefFileTest checks they are the file's). */
    public static ModelChoice builtIn(Generation generation) {
        return switch (generation) {
            case LINUX_6_1 -> new ModelChoice(KernelTable.standard(), LkmmVersion.V1, new Lkmm());
            case LINUX_6_12 -> new ModelChoice(KernelTable.linux612(), LkmmVersion.V1, new Lkmm(generation));
            case MAINLINE -> new ModelChoice(KernelTable.mainline(), LkmmVersion.V2, new Lkmm(generation));
        };
    }

    public String name() {
        return model.name();
    }

    /** The model of a .cfg file (herd7's -conf); the built-in one when the files are Linux 6.1's. */
    public static ModelChoice fromCfg(Path cfg) throws InputError {
        return of(ModelSource.fromCfg(cfg, List.of()), cfg.toString(), false);
    }

    /** The model of these files, named for reports; interpreted even when they are 6.1's if asked. */
    public static ModelChoice of(ModelSource source, String name, boolean interpreted) throws InputError {
        return of(source, name, interpreted, ModelCache.none());
    }

    /** The same, taking from models a model already read from files with these bytes. */
    public static ModelChoice of(ModelSource source, String name, boolean interpreted, ModelCache models)
            throws InputError {
        String digest = digest(source.files(), source);
        java.util.Optional<Generation> generation = interpreted ? java.util.Optional.empty() : generationOf(digest);
        if (generation.isPresent()) {
            return builtIn(generation.get()); // no need to read the files further
        }
        return models.interpreted(digest + "\0" + name, () -> interpret(source, name));
    }

    private static KernelTable kernelTable(ModelSource source) throws InputError {
        return source.macros().isPresent() ? DefFile.read(source.macros().get())
                : DefFile.parse(source.model().toString(), "");
    }

    /** The model of these files through the cat interpreter. */
    private static ModelChoice interpret(ModelSource source, String name) throws InputError {
        Interpreter interpreter = Interpreter.load(source);
        KernelTable kernel = kernelTable(source);
        return new ModelChoice(kernel, LkmmVersion.of(source.variants()),
                new CatModel(interpreter, name + " (interpreted)"));
    }

    /** The digest of the model's files as loaded. */
    static String digest(List<Path> catFiles, ModelSource source) throws InputError {
        List<Path> files = new ArrayList<>(catFiles);
        source.macros().ifPresent(files::add);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
            sha.update(String.join(",", new TreeSet<>(source.variants())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new InputError(new SourcePos(files.get(files.size() - 1).toString(), 0, 0),
                    "cannot read model file: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
