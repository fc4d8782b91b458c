package org.lkmm.program;

import java.util.HashMap;
import java.util.Map;
import org.lkmm.ast.SourcePos;

/**
 * Dense numbers for the reads and writes of thread paths, so that provenance bitsets stay
 * small. A site is a thread, a po-index and a source position: the same po-index on another
 * branch is another site.
 */
final class Sites {
    private record Key(int thread, int poIndex, SourcePos pos) {}

    private final Map<Key, Integer> ids = new HashMap<>();

    int id(int thread, int poIndex, SourcePos pos) {
        return ids.computeIfAbsent(new Key(thread, poIndex, pos), k -> ids.size());
    }
}
