package org.lkmm.enumerate;

import java.util.List;
import java.util.Map;
import org.lkmm.model.Execution;
import org.lkmm.model.Verdict;
import org.lkmm.program.ThreadPath;

/** An execution the model allowed: the paths taken, the final memory values and the flags. */
public record Candidate(Execution execution, List<ThreadPath> paths, long[] finalMemory, Verdict verdict) {
    /** The same execution judged by another model. */
    public Candidate withVerdict(Verdict other) {
        return new Candidate(execution, paths, finalMemory, other);
    }

    public Map<String, Long> registers(int threadIndex) {
        return paths.get(threadIndex).registers();
    }
}
