package org.lkmm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lkmm.cat.ModelSource;
import org.lkmm.diag.InputError;
import org.lkmm.model.Generation;
import org.lkmm.verdict.ModelCache;
import org.lkmm.verdict.ModelChoice;

/** Which model a command answers with: the one asked for, ./linux-kernel.cfg's, or the built-in one. */
final class Models {
    private Models() {}

    /** The model asked for, else ./linux-kernel.cfg's when there is one, else the built-in one. */
    static ModelChoice select(Optional<Path> conf, boolean interpreted, ModelCache models) throws InputError {
        return select(conf, Optional.empty(), interpreted, models);
    }

    /**
     * What is wrong with asking for the built-in generation named so (--model) beside the other
     * options, if anything: an unknown name, or -conf or --interpreted, which need the files.
     */
    static Optional<String> refusal(String command, String named, Path conf, boolean interpreted) {
        if (Generation.named(named).isEmpty()) {
            return Optional.of("lkmm " + command + ": no built-in model '" + named + "': the built-in models are "
                    + Generation.NAMES);
        } else if (conf != null) {
            return Optional.of("lkmm " + command + ": --model and -conf both say which model to use: give one");
        } else if (interpreted) {
            return Optional.of("lkmm " + command + ": --interpreted needs the model's files: give -conf FILE.cfg,"
                    + " not --model");
        }
        return Optional.empty();
    }

    /** The same, or the built-in generation asked for by name (--model; the command checks it came alone). */
    static ModelChoice select(Optional<Path> conf, Optional<Generation> named, boolean interpreted, ModelCache models)
            throws InputError {
        if (named.isPresent()) {
            return ModelChoice.builtIn(named.get());
        }
        Optional<Path> cfg = conf.or(Models::inFolder);
        if (cfg.isEmpty()) {
            return ModelChoice.builtIn();
        }
        return ModelChoice.of(ModelSource.fromCfg(cfg.get(), List.of()), cfg.get().toString(), interpreted, models);
    }

    /** ./linux-kernel.cfg when run inside a model folder, as herd7 users do. */
    static Optional<Path> inFolder() {
        Path cfg = Path.of("linux-kernel.cfg");
        return Files.isRegularFile(cfg) ? Optional.of(cfg) : Optional.empty();
    }
}
