package org.lkmm.swiotlb;

import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.junit.jupiter.api.Test;

/**
 * swiotlb-hiwater-cmpxchg under Lincheck's model checker: two CPUs raise the mark and each
 * then asks whether the mark covers the total it reached (always true when run one after the
 * other). The checker tries the interleavings at every shared access, so a read-compare-set
 * raise is caught on every run, not only when the scheduler happens to interleave it.
 */
public class CountersLincheckTest {
    private final Counters counters = new Counters();

    @Operation
    public boolean raiseAndCheck() {
        long reached = counters.incUsed(1);
        return counters.hiwater() >= reached;
    }

    @Test
    void theMarkCoversEveryTotalInEveryInterleaving() {
        LinChecker.check(CountersLincheckTest.class, new ModelCheckingOptions()
                .iterations(1).invocationsPerIteration(2000).threads(2).actorsPerThread(1)
                .actorsBefore(0).actorsAfter(0));
    }
}
