package org.lkmm.verdict;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lkmm.cat.ModelSource;
import org.lkmm.diag.InputError;

/**
 * Models already read, for a process that answers many command lines (the launcher's server):
 * a model read from files is looked up by the digest of those files as they are now, so an
 * edited file is read again and an unchanged one is not parsed twice. A model is immutable and
 * judges tests on many threads at once, so one copy serves every run.
 */
public final class ModelCache {
    private static final int KEPT = 8;

    /** Most recently used last; null when nothing is kept (a process that answers once). */
    private final Map<String, ModelChoice> kept;

    private ModelCache(Map<String, ModelChoice> kept) {
        this.kept = kept;
    }

    /** Keeps nothing: every model is read from its files. */
    public static ModelCache none() {
        return new ModelCache(null);
    }

    /** Keeps the last few models read. */
    public static ModelCache keeping() {
        return new ModelCache(new LinkedHashMap<>(16, 0.75f, true));
    }

    /** As ModelChoice.of, reusing the model read before from files with the same bytes. */
    public ModelChoice of(ModelSource source, String name, boolean interpreted) throws InputError {
        if (kept == null) {
            return ModelChoice.of(source, name, interpreted);
        }
        String digest = ModelChoice.digest(source.files(), source);
        if (!interpreted && digest.equals(ModelChoice.LINUX_6_1)) {
            return ModelChoice.builtIn();
        }
        String key = digest + "\0" + name + "\0" + interpreted;
        synchronized (kept) {
            ModelChoice known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        ModelChoice read = ModelChoice.interpret(source, name);
        synchronized (kept) {
            kept.put(key, read);
            if (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return read;
    }
}
