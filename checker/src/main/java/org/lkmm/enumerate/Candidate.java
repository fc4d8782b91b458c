package org.lkmm.enumerate;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.lkmm.model.Execution;
import org.lkmm.model.Verdict;
import org.lkmm.program.ThreadPath;

/**
 * An execution the model judged: the paths taken, the final memory values and the verdict with
 * its flags. count is 1, or, from Enumerator.runGrouped, the number of executions it stands for.
 */
public record Candidate(Execution execution, List<ThreadPath> paths, long[] finalMemory, Verdict verdict, BigInteger count) {
    public Candidate(Execution execution, List<ThreadPath> paths, long[] finalMemory, Verdict verdict) {
        this(execution, paths, finalMemory, verdict, BigInteger.ONE);
    }

    /** The same execution judged by another model. */
    public Candidate withVerdict(Verdict other) {
        return new Candidate(execution, paths, finalMemory, other, count);
    }

    public Map<String, Long> registers(int threadIndex) {
        return paths.get(threadIndex).registers();
    }
}
