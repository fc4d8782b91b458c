package org.lkmm.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lkmm.ast.SourcePos;

/**
 * One way a thread can run: its events in program order and its registers at the end; source
 * is herd7's alternative it runs, assignment the values its unknowns took, and failure the error
 * herd raises (division by zero) if an execution the model allows runs this path, failureAt the
 * operation that raises it, where known.
 */
public record ThreadPath(int thread, List<Event> events, Map<String, Long> registers, SymbolicPath source,
                         Map<Integer, Long> assignment, Optional<String> failure, Optional<SourcePos> failureAt) {
    /** Unknowns are kept below every integer and address: S<n> is UNKNOWN_BASE + n. */
    public static final long UNKNOWN_BASE = Long.MIN_VALUE / 2;
}
