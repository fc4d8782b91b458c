package org.lkmm.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.lkmm.cat.ModelSource;
import org.lkmm.diag.InputError;
import org.lkmm.verdict.ModelCache;
import org.lkmm.verdict.ModelChoice;

/** Which model a command answers with: the one asked for, ./linux-kernel.cfg's, or the built-in one. */
final class Models {
    private Models() {}

    /** The model asked for, else ./linux-kernel.cfg's when there is one, else the built-in one. */
    static ModelChoice select(Optional<Path> conf, boolean interpreted, ModelCache models) throws InputError {
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
