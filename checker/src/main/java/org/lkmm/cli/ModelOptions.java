package org.lkmm.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.lkmm.diag.InputError;
import org.lkmm.model.Generation;
import org.lkmm.verdict.ModelCache;
import org.lkmm.verdict.ModelChoice;
import picocli.CommandLine.Option;

/** The options that say which model answers (-conf, --model), shared by check, bench, explain and review. */
final class ModelOptions {
    @Option(names = {"--conf", "-conf"}, paramLabel = "FILE.cfg",
            description = "The model to answer with, read as herd7's -conf reads it (linux-kernel.cfg of a kernel"
                    + " tree's tools/memory-model). Default: ./linux-kernel.cfg when there is one, else the built-in"
                    + " mainline model. Linux 6.1's, 6.12's and mainline's own files select the built-in model of"
                    + " that generation; others are interpreted.")
    Path conf;

    @Option(names = "--model", paramLabel = "NAME", description = "A built-in model by name: 6.1 (v5.x to v6.3),"
            + " 6.12 (the v6.4 model, as v6.6 to v6.14 ship it) or mainline (lkmmv2, v6.15 on; the default).")
    String named;

    /** A model the options cannot give, said as one line for the command's stderr. */
    static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    /** Whether a model was asked for by name or file (else the folder's or the default answers). */
    boolean given() {
        return conf != null || named != null;
    }

    /**
     * The model: --model's built-in generation, -conf's files, ./linux-kernel.cfg's, or the default;
     * interpreted: the files through the cat interpreter even when they are a built-in generation's.
     */
    ModelChoice select(String command, boolean interpreted, ModelCache models) throws Refusal, InputError {
        if (named == null) {
            return Models.select(Optional.ofNullable(conf), interpreted, models);
        }
        Optional<Generation> g = Generation.named(named);
        if (g.isEmpty()) {
            throw new Refusal("lkmm " + command + ": no built-in model '" + named + "': the built-in models are "
                    + Generation.NAMES);
        } else if (conf != null) {
            throw new Refusal("lkmm " + command + ": --model and -conf both say which model to use: give one");
        } else if (interpreted) {
            throw new Refusal("lkmm " + command + ": --interpreted needs the model's files: give -conf FILE.cfg,"
                    + " not --model");
        }
        return ModelChoice.builtIn(g.get());
    }

    /** The same for a command that speaks the built-in model's relations (explain, review): an interpreted one is refused. */
    ModelChoice builtIn(String command) throws Refusal, InputError {
        ModelChoice choice = select(command, false, ModelCache.none());
        if (!(choice.model() instanceof org.lkmm.model.Lkmm)) {
            throw new Refusal("lkmm " + command + ": " + choice.name() + " is not one of the built-in models ("
                    + Generation.NAMES + "), and " + command + " speaks their relations; lkmm check answers with it");
        }
        return choice;
    }
}
