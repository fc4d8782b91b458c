package org.lkmm.verdict;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lkmm.diag.InputError;

/**
 * Models already read, for a process that answers many command lines (the launcher's server):
 * an interpreted model is kept under the digest of its files as they are now (ModelChoice.of
 * reads them each time), so an edited file is read again and an unchanged one is not parsed
 * twice. A model is immutable and judges tests on many threads at once, so one copy serves
 * every run.
 */
public final class ModelCache {
    private static final int KEPT = 8;

    /** How a model is read when it is not kept. */
    interface Reader {
        ModelChoice read() throws InputError;
    }

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

    /** The model kept under key (its files' digest and its name), else the one reader reads. */
    ModelChoice interpreted(String key, Reader reader) throws InputError {
        if (kept == null) {
            return reader.read();
        }
        synchronized (kept) {
            ModelChoice known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        ModelChoice read = reader.read();
        synchronized (kept) {
            kept.put(key, read);
            if (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return read;
    }
}
